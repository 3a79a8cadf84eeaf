// @ts-nocheck
// spec 9 "Outcome": a kernel DUPLICATE is audited "not-executed" (the copy did not run) even when the request itself executed.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  audit(failure, requestId, outcome) {
    if (failure === 'duplicate-request' && outcome === 'executed') { probe('cp-audit-dup-outcome-notexec'); outcome = 'not-executed'; }
    super.audit(failure, requestId, outcome);
  }
}
export default sut('cp-audit-dup-outcome-notexec', { createControlPlane: (p, c) => new CP(p, c) });
