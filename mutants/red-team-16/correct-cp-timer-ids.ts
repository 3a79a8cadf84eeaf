// @ts-nocheck
// Correct alternative: kernel timers are named by a per-incarnation counter, not by the
// request id, and a table maps each live timer to its request.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class TimerIdsCP extends ControlPlane {
  seq = 0;
  names = new Map(); // timer name -> request id
  startKernelTimer(requestId) {
    this.stopKernelTimer(requestId);
    const name = `kt-${++this.seq}`;
    this.names.set(name, requestId);
    this.timers.set(requestId, this.port.setTimer(this.config.kernelTimeoutMs, name));
  }
  onTimer(name) {
    const requestId = this.names.get(name);
    if (requestId === undefined) return;
    this.names.delete(name);
    // only if this is still the live timer of that request
    return super.onTimer(requestId);
  }
  stopKernelTimer(requestId) {
    for (const [n, id] of this.names) if (id === requestId) this.names.delete(n);
    return super.stopKernelTimer(requestId);
  }
}
export default { ...reference, name: 'correct-cp-timer-ids', createControlPlane: (p, c) => new TimerIdsCP(p, c) };
