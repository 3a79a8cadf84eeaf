// @ts-nocheck
// The kernel timer is cancelled only by a 'decision' reply; a DUPLICATE or a query answer is
// reported but leaves the timer running, which then audits a kernel-timeout for a request
// the kernel answered.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  currentKind = '';
  onKernel(reply) {
    this.currentKind = reply.kind;
    try { super.onKernel(reply); } finally { this.currentKind = ''; }
  }
  stopKernelTimer(requestId) {
    if (this.currentKind !== '' && this.currentKind !== 'decision') {
      if (this.timers.has(requestId)) probe('timer-left-running', requestId, this.currentKind);
      return;
    }
    super.stopKernelTimer(requestId);
  }
}
export default sutWith('red27-cp-timer-stopped-only-on-decision', CP);
