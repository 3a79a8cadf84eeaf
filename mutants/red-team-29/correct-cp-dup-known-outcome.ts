// @ts-nocheck
// Correct (more precise audit): a duplicate submit/confirm of a request whose kernel decision this incarnation already received is audited with that decision's outcome instead of "unknown".
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  known = new Map();
  report(requestId, first, source, failure) {
    this.known.set(requestId, first.kind === 'EXEC' ? 'executed' : 'not-executed');
    super.report(requestId, first, source, failure);
  }
  audit(failure, requestId, outcome) {
    if (failure === 'duplicate-request' && outcome === 'unknown' && this.known.has(requestId)) { probe('correct-cp-dup-known-outcome'); outcome = this.known.get(requestId); }
    super.audit(failure, requestId, outcome);
  }
}
export default sut('correct-cp-dup-known-outcome', { createControlPlane: (p, c) => new CP(p, c) });
