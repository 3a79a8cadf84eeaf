// @ts-nocheck
// MUTANT (2, 9, 6.1): "load shedding", refined: while two or more kernel requests are
// outstanding, a new VALID submit is remembered as seen (so its copies are still detected as
// duplicates) and otherwise dropped on the floor — no challenge, no rejection, no audit record.
// The operator's client eventually says "no response — outcome unknown". The submitter is kept
// as a waiter, so a later kernel answer about the id (someone else's outcome query) reaches it too.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId) && this.timers.size >= 2 && validate(message.operation) === null) {
      this.seen.add(message.requestId);
      this.wait(message.requestId, client);
      return;
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'cp-sheds-valid-submits-keeps-waiter', createControlPlane: (port, config) => new CP(port, config) };
