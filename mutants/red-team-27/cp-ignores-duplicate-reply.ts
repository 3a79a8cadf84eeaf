// @ts-nocheck
// Treats the kernel's DUPLICATE reply as noise ("a copy of our dispatch; the real decision is
// on its way") and keeps waiting: when the decision was lost, the request times out and is
// audited kernel-timeout although the kernel did answer.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  onKernel(reply) {
    if (reply.kind === 'duplicate') {
      probe('ignore-duplicate', reply.requestId, this.timers.has(reply.requestId));
      return;
    }
    super.onKernel(reply);
  }
}
export default sutWith('red27-cp-ignores-duplicate-reply', CP);
