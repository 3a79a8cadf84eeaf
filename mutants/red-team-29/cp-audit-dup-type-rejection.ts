// @ts-nocheck
// spec 9 "Failure type": a kernel DUPLICATE whose first decision was a REJECT is audited as a kernel-rejection, not a duplicate.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  onKernel(reply) {
    if (reply.kind === 'duplicate' && reply.first.kind === 'REJECT') {
      probe('cp-audit-dup-type-rejection');
      this.report(reply.requestId, reply.first, 'kernel-duplicate', 'kernel-rejection');
      return;
    }
    super.onKernel(reply);
  }
}
export default sut('cp-audit-dup-type-rejection', { createControlPlane: (p, c) => new CP(p, c) });
