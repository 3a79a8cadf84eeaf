// @ts-nocheck
// spec 9 "MUST be logged": invalid-request records are appended but their sync is deferred to the next audit (group commit), so the rejection reaches the operator before its record is durable.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  audit(failure, requestId, outcome) {
    if (failure === 'invalid-request') {
      probe('cp-audit-invalid-lazy-sync');
      this.port.append({ kind: 'AUDIT', failure, timeMs: this.port.now(), requestId, outcome });
      this.unresolved.delete(requestId);
      return;
    }
    super.audit(failure, requestId, outcome);
  }
}
export default sut('cp-audit-invalid-lazy-sync', { createControlPlane: (p, c) => new CP(p, c) });
