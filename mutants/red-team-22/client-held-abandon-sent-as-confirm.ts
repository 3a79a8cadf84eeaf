// @ts-nocheck
import { reference } from '../../src/index.ts';
import { makeDeferredClient } from './_deferred-client.ts';
export default { ...reference, name: 'rt22-client-held-abandon-sent-as-confirm', createClient: makeDeferredClient({abandonAsConfirm:true}) };
