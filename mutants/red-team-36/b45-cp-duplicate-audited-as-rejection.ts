// @ts-nocheck
// Breaks 9 (audit records MUST include the "Failure type") and 6.2: a kernel DUPLICATE is
// "a rejection by the kernel", so the control plane logs it with failure type
// kernel-rejection instead of duplicate-request — the log then shows a rejection that never
// happened and hides that a duplicate reached the kernel.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  audit(failure, requestId, outcome) {
    if (failure === 'duplicate-request' && this.inDuplicateReply) {
      probe('b45-cp-duplicate-audited-as-rejection', requestId);
      failure = 'kernel-rejection';
    }
    super.audit(failure, requestId, outcome);
  }
  onKernel(reply) {
    this.inDuplicateReply = reply.kind === 'duplicate';
    try { super.onKernel(reply); } finally { this.inDuplicateReply = false; }
  }
}
export default sut('b45-cp-duplicate-audited-as-rejection', { createControlPlane: (p, c) => new CP(p, c) });
