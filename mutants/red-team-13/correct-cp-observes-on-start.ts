// @ts-nocheck
// Correct alternative: after starting, the control plane reads the kernel's state once (a plain
// read — no fence, no data change) as a health probe, and ignores the reply. Spec 10: recovery
// is "restart and resume observation only"; this is observation.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class ProbingControlPlane extends ControlPlane {
  constructor(port, config) { super(port, config); this.p = port; this.cfg = config; this.probe = ''; }
  onStart() {
    super.onStart();
    this.probe = this.p.drawId();
    this.p.send(this.cfg.kernel, { kind: 'read', requestId: this.probe });
  }
  onKernel(reply) {
    if (reply.kind === 'state' && reply.requestId === this.probe) return;
    return super.onKernel(reply);
  }
}

export default {
  ...reference,
  name: 'red13-correct-cp-observes-on-start',
  createControlPlane: (port, config) => new ProbingControlPlane(port, config),
};
