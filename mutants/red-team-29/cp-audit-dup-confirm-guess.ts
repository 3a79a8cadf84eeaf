// @ts-nocheck
// spec 9 / 4.3 "MUST NOT guess": a duplicate confirm of a request this incarnation dispatched is audited "executed" before the kernel said so.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  onClient(client, m) {
    if (m.kind === 'confirm' && this.dispatched.has(m.requestId)) {
      const ch = this.challenges.get(m.token);
      if (ch === undefined || ch.requestId !== m.requestId) {
        probe('cp-audit-dup-confirm-guess');
        this.audit('duplicate-request', m.requestId, 'executed');
        return;
      }
    }
    super.onClient(client, m);
  }
}
export default sut('cp-audit-dup-confirm-guess', { createControlPlane: (p, c) => new CP(p, c) });
