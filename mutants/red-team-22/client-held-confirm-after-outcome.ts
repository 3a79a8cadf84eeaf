// @ts-nocheck
import { reference } from '../../src/index.ts';
import { makeDeferredClient } from './_deferred-client.ts';
export default { ...reference, name: 'rt22-client-held-confirm-after-outcome', createClient: makeDeferredClient({sendAfterOutcome:true,holdMs:350}) };
