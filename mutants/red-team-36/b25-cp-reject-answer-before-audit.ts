// @ts-nocheck
// Breaks 9 (failures MUST be logged; the reference syncs before the reply): for kernel
// rejections, the control plane answers first ("the operator shouldn't wait on our disk")
// and appends + syncs the audit record afterwards — a crash in between leaves a told failure
// unlogged.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  report(requestId, first, source, failure) {
    if (failure === 'kernel-rejection' && first.kind === 'REJECT') {
      this.stopKernelTimer(requestId);
      probe('b25-cp-reject-answer-before-audit', requestId);
      this.answer(requestId, 'not-executed', source, first.rejection, first.rejection.text);
      this.audit('kernel-rejection', requestId, 'not-executed');
      return;
    }
    super.report(requestId, first, source, failure);
  }
}
export default sut('b25-cp-reject-answer-before-audit', { createControlPlane: (p, c) => new CP(p, c) });
