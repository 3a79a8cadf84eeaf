// @ts-nocheck
// Mix-up: a duplicate submit is audited under the request id of the most recent new
// submit this incarnation saw, not the duplicate's own id.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class DupAuditCP extends ControlPlane {
  lastSubmit = null;
  onClient(client, message) {
    if (message.kind === 'submit') {
      if (this.seen.has(message.requestId)) {
        this.audit('duplicate-request', this.lastSubmit ?? message.requestId, 'unknown');
        return;
      }
      this.lastSubmit = message.requestId;
    }
    return super.onClient(client, message);
  }
}
export default { ...reference, name: 'cp-duplicate-audited-under-last-submit', createControlPlane: (p, c) => new DupAuditCP(p, c) };
