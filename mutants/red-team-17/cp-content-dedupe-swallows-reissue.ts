// @ts-nocheck
// MUTANT (6.2, 2): the control plane "detects duplicates" by content: a new submit (new request
// id) whose operation equals that of a challenge still open is treated like a copy — audited
// as duplicate-request, and not answered. The operator's re-issue is silently swallowed.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId)) {
      const key = JSON.stringify(message.operation);
      for (const ch of this.challenges.values()) {
        if (JSON.stringify(ch.operation) === key) {
          this.seen.add(message.requestId);
          this.audit('duplicate-request', message.requestId, 'unknown');
          return;
        }
      }
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'cp-content-dedupe-swallows-reissue', createControlPlane: (p, c) => new CP(p, c) };
