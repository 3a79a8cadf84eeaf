// @ts-nocheck
import { reference } from '../../src/index.ts';
import { makeDeferredClient } from './_deferred-client.ts';
export default { ...reference, name: 'rt22-client-held-confirm-adopts-newer-token-silently', createClient: makeDeferredClient({adoptNewer:'silent',holdMs:60}) };
