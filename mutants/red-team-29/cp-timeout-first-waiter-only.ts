// @ts-nocheck
// spec 9 "All failures MUST be observable" (several operators): at a kernel timeout only the first client waiting on the request (the dispatcher) is told "unknown"; another operator who asked about it meanwhile is left without an answer.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  onTimer(name) {
    const w = this.waiting.get(name);
    if (this.timers.has(name) && w !== undefined && w.length > 1) { probe('cp-timeout-first-waiter-only'); this.waiting.set(name, [w[0]]); }
    super.onTimer(name);
  }
}
export default sut('cp-timeout-first-waiter-only', { createControlPlane: (p, c) => new CP(p, c) });
