// @ts-nocheck
// spec 9 "Affected request": the kernel-timeout record names the most recently dispatched request, not the one that timed out.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  last = null;
  startKernelTimer(id) { this.last = id; super.startKernelTimer(id); }
  audit(failure, requestId, outcome) {
    if (failure === 'kernel-timeout' && this.last !== null && this.last !== requestId) { probe('cp-audit-timeout-wrong-request'); requestId = this.last; }
    super.audit(failure, requestId, outcome);
  }
}
export default sut('cp-audit-timeout-wrong-request', { createControlPlane: (p, c) => new CP(p, c) });
