// @ts-nocheck
import { reference } from '../../src/index.ts';
import { makeDeferredClient } from './_deferred-client.ts';
export default { ...reference, name: 'rt22-client-held-abandon-reopened-by-challenge-copy', createClient: makeDeferredClient({ reopenAbandon: true, holdMs: 60 }) };
