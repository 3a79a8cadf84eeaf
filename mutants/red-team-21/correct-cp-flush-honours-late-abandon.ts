// @ts-nocheck
// CORRECT (?): flush-queue control plane + a client that may abandon right after confirming.
// An abandon that reaches the control plane while the confirmed request is still queued takes
// it out of the queue (never dispatched) and is audited "abandoned / not-executed".
import { reference } from '../../src/index.ts';
import { makeFlushCP } from './_flushcp.ts';
import { AbandonAfterConfirmClient } from './_abandonclient.ts';
const CP = makeFlushCP({ abandon: 'honour' });
export default { ...reference, name: 'correct-cp-flush-honours-late-abandon',
  createClient: (p, c) => new AbandonAfterConfirmClient(p, c), createControlPlane: (p, c) => new CP(p, c) };
