// @ts-nocheck
import { reference } from '../../src/index.ts';
import { makeDeferredClient } from './_deferred-client.ts';
export default { ...reference, name: 'rt22-client-reshows-challenge-after-confirm', createClient: makeDeferredClient({reshow:'after-answer'}) };
