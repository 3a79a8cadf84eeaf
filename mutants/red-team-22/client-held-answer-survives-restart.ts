// @ts-nocheck
import { reference } from '../../src/index.ts';
import { makeDeferredClient } from './_deferred-client.ts';
export default { ...reference, name: 'rt22-client-held-answer-survives-restart', createClient: makeDeferredClient({persist:true,holdMs:40}) };
