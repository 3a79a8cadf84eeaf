// @ts-nocheck
import { reference } from '../../src/index.ts';
import { makeDeferredClient } from './_deferred-client.ts';
export default { ...reference, name: 'rt22-client-held-abandon-challenge-copy-reoffered', createClient: makeDeferredClient({ reopenAbandon: 'keep', holdMs: 60 }) };
