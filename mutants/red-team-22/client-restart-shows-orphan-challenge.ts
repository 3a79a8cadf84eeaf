// @ts-nocheck
import { reference } from '../../src/index.ts';
import { makeDeferredClient } from './_deferred-client.ts';
export default { ...reference, name: 'rt22-client-restart-shows-orphan-challenge', createClient: makeDeferredClient({ showUnknown: true }) };
