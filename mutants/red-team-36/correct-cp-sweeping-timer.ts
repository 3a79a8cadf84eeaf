// @ts-nocheck
// CORRECT (another design): instead of one kernel timer per request, the control plane keeps a
// deadline per request and one sweeping timer that fires every 10 ms; at each tick it answers
// "unknown" (audited kernel-timeout, 6.1/7.2/9) for every request whose deadline has passed.
// Nothing is retried or guessed; only the timer mechanics differ.
import { ControlPlane, probe, sut } from './lib/common.ts';

const TICK = 10;
class CP extends ControlPlane {
  startKernelTimer(requestId) {
    this.deadlines ??= new Map();
    this.timers.set(requestId, -1);
    this.deadlines.set(requestId, this.port.now() + this.config.kernelTimeoutMs);
    if (!this.ticking) { this.ticking = true; this.port.setTimer(TICK, 'sweep'); }
  }
  stopKernelTimer(requestId) {
    this.timers.delete(requestId);
    this.deadlines?.delete(requestId);
  }
  onTimer(name) {
    if (name !== 'sweep') return;
    this.ticking = false;
    const now = this.port.now();
    for (const [id, at] of [...this.deadlines]) {
      if (at <= now) { probe('correct-cp-sweeping-timer', `path: ${id} timed out ${now - at} ms after its deadline`); this.deadlines.delete(id); super.onTimer(id); }
    }
    if (this.deadlines.size > 0) { this.ticking = true; this.port.setTimer(TICK, 'sweep'); }
  }
}
export default sut('correct-cp-sweeping-timer', { createControlPlane: (p, c) => new CP(p, c) });
