// @ts-nocheck
// Gives up on the kernel after half its timeout, but stamps the kernel-timeout audit record
// with the deadline (ask + kernel timeout), so the log looks as if it waited the full timeout.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  askedAt = new Map();
  startKernelTimer(requestId) {
    this.stopKernelTimer(requestId);
    this.askedAt.set(requestId, this.port.now());
    this.timers.set(requestId, this.port.setTimer(Math.floor(this.config.kernelTimeoutMs / 2), requestId));
  }
  audit(failure, requestId, outcome) {
    if (failure !== 'kernel-timeout' || !this.askedAt.has(requestId)) return super.audit(failure, requestId, outcome);
    const timeMs = this.askedAt.get(requestId) + this.config.kernelTimeoutMs;
    probe('forward-dated', requestId, timeMs, this.port.now());
    this.port.append({ kind: 'AUDIT', failure, timeMs, requestId, outcome });
    this.port.sync();
    this.unresolved.add(requestId);
  }
}
export default sutWith('red27-cp-early-timeout-forward-dated', CP);
