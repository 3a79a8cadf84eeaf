// @ts-nocheck
// MUTANT (6.2, 9, 4.3): a duplicate confirm of a request this incarnation dispatched is audited
// with outcome "executed" ("we dispatched it, so it ran") — a guess written into the audit
// log's outcome field; nothing is re-dispatched and no answer changes.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'confirm') {
      const ch = this.challenges.get(message.token);
      if ((ch === undefined || ch.requestId !== message.requestId) && this.dispatched.has(message.requestId)) {
        this.audit('duplicate-request', message.requestId, 'executed');
        return;
      }
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'cp-duplicate-confirm-audited-executed', createControlPlane: (port, config) => new CP(port, config) };
