// @ts-nocheck
// Mix-up: when the kernel answers DUPLICATE, the control plane reports the decision of the
// most recent `decision` reply it handled ("the first copy was just decided"), not the
// first decision the DUPLICATE names.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class LastDecisionCP extends ControlPlane {
  lastDecision = null;
  onKernel(reply) {
    if (reply.kind === 'decision') this.lastDecision = reply.decision;
    if (reply.kind === 'duplicate' && this.lastDecision !== null) return super.onKernel({ ...reply, first: this.lastDecision });
    return super.onKernel(reply);
  }
}
export default { ...reference, name: 'cp-duplicate-reply-uses-last-decision', createControlPlane: (p, c) => new LastDecisionCP(p, c) };
