// @ts-nocheck
// CORRECT (unusual): on start the control plane sends one read to the kernel as a health check and
// discards the state it gets back. Recovery is "restart and resume observation": a read observes,
// it changes nothing and answers no one.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
class CP extends ControlPlane {
  onStart() {
    super.onStart();
    this.health = 'health-' + this.port.drawId();
    this.port.send(this.config.kernel, { kind: 'read', requestId: this.health });
  }
  onKernel(reply) {
    if (reply.kind === 'state' && reply.requestId === this.health) return;
    super.onKernel(reply);
  }
}
export default sutWith('correct-cp-startup-read', { createControlPlane: (p, c) => new CP(p, c) });
