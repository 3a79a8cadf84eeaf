// @ts-nocheck
// Mutant (12): an adaptive kernel timeout. The control plane keeps a smoothed estimate of the
// kernel's round-trip time in a module-level variable ("so that it survives restarts and the
// next incarnation starts warm"), and waits kernelTimeoutMs plus an eighth of that estimate.
// Within one run every timeout is legal; but the estimate is carried over from whatever ran
// before in the same process, so whether a slow kernel reply arrives before or after the
// timer — "executed" or "unknown" — depends on the process's history, not on the seed.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

let RTT = 0;

class AdaptiveControlPlane extends ControlPlane {
  constructor(port, config) { super(port, config); this.p = port; this.sentAt = new Map(); this.cfg = config; }
  startKernelTimer(requestId) {
    this.stopKernelTimer(requestId);
    this.sentAt.set(requestId, this.p.now());
    const ms = this.cfg.kernelTimeoutMs + Math.floor(RTT / 8);
    this.timers.set(requestId, this.p.setTimer(ms, requestId));
  }
  onKernel(reply) {
    const at = this.sentAt.get(reply.requestId);
    if (at !== undefined) {
      this.sentAt.delete(reply.requestId);
      RTT = RTT === 0 ? this.p.now() - at : Math.round(RTT * 0.875 + (this.p.now() - at) * 0.125);
    }
    return super.onKernel(reply);
  }
}

export default {
  ...reference,
  name: 'red13-cp-adaptive-kernel-timeout',
  createControlPlane: (port, config) => new AdaptiveControlPlane(port, config),
};
