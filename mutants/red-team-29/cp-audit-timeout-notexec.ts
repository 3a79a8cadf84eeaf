// @ts-nocheck
// spec 9 "Outcome" + 1 "no ambiguity": a kernel timeout is audited "not-executed" (reading 7.2 as "assume not executed") although the kernel may have executed it.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  audit(failure, requestId, outcome) {
    if (failure === 'kernel-timeout') { probe('cp-audit-timeout-notexec'); outcome = 'not-executed'; }
    super.audit(failure, requestId, outcome);
  }
}
export default sut('cp-audit-timeout-notexec', { createControlPlane: (p, c) => new CP(p, c) });
