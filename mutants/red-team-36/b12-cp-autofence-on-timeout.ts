// @ts-nocheck
// Breaks 1 ("MUST NOT alter kernel state implicitly") and 2/10 ("never attempts to repair"):
// when a dispatch times out, the control plane does not answer "unknown"; it sends a fenced
// query on its own — writing a FENCE into the kernel no operator asked for — and answers from
// that instead.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  onTimer(name) {
    if (!this.timers.has(name)) return;
    if (this.dispatched.has(name) && !(this.autoFenced ??= new Set()).has(name)) {
      this.autoFenced.add(name);
      this.timers.delete(name);
      probe('b12-cp-autofence-on-timeout', name);
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: name });
      this.startKernelTimer(name);
      return;
    }
    super.onTimer(name);
  }
}
export default sut('b12-cp-autofence-on-timeout', { createControlPlane: (p, c) => new CP(p, c) });
