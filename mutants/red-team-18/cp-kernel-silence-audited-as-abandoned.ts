// @ts-nocheck
// MUTANT (3, 9): failure domains mixed up: when the kernel does not answer a dispatch in
// time, the control plane audits an operator-domain failure ("abandoned") instead of a
// kernel/transport one; outcome still "unknown", the answer to the client unchanged.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CP extends ControlPlane {
  audit(failure, requestId, outcome) {
    super.audit(failure === 'kernel-timeout' ? 'abandoned' : failure, requestId, outcome);
  }
}
export default { ...reference, name: 'red18-cp-kernel-silence-audited-as-abandoned', createControlPlane: (p, c) => new CP(p, c) };
