// @ts-nocheck
// MUTANT (7.1): a kernel rejection of a dispatch is audited (truthfully) but not told to the
// waiting client: the operator's client times out with "no response — outcome unknown", and the
// rejection reaches the operator only if they ask (the fenced query then brings it back).
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
class CP extends ControlPlane {
  onKernel(reply) {
    if (reply.kind === 'decision' && reply.decision.kind === 'REJECT') {
      this.stopKernelTimer(reply.requestId);
      this.audit('kernel-rejection', reply.requestId, 'not-executed');
      this.takeWaiting(reply.requestId);
      return;
    }
    super.onKernel(reply);
  }
}
export default { ...reference, name: 'cp-rejection-withheld', createControlPlane: (port, config) => new CP(port, config) };
