// @ts-nocheck
// MUTANT (6.2, 2, 6.1): for operations that pass validation, the control plane's duplicate detection keys a submit on (client,
// operation) instead of the request id: an operator's explicit re-issue of the same operation
// (a new request id, after it did not execute) is taken for a duplicate, audited as one, and
// silently dropped — the re-issue can never take effect, and the audit names a duplicate that
// never happened.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';
class CP extends ControlPlane {
  byContent = new Set();
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId) && validate(message.operation) === null) {
      const key = `${client}|${JSON.stringify(message.operation)}`;
      if (this.byContent.has(key)) {
        this.audit('duplicate-request', message.requestId, 'unknown');
        return;
      }
      this.byContent.add(key);
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'cp-dedups-valid-by-operation', createControlPlane: (port, config) => new CP(port, config) };
