// @ts-nocheck
// MUTANT (of correct-cp-flush-honours-late-abandon): the abandon of a queued request is
// audited "abandoned / not-executed" and its waiter dropped, but the queue entry is left,
// so the flush dispatches it anyway.
import { reference } from '../../src/index.ts';
import { makeFlushCP } from './_flushcp.ts';
import { AbandonAfterConfirmClient } from './_abandonclient.ts';
const CP = makeFlushCP({ abandon: 'audit-only' });
export default { ...reference, name: 'cp-flush-dispatches-abandoned',
  createClient: (p, c) => new AbandonAfterConfirmClient(p, c), createControlPlane: (p, c) => new CP(p, c) };
