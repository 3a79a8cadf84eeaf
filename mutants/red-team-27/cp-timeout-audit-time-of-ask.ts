// @ts-nocheck
// A kernel-timeout audit record carries the time of the unanswered ask ("when the failure
// began"), not the time it was logged.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  askedAt = new Map();
  startKernelTimer(requestId) {
    this.askedAt.set(requestId, this.port.now());
    super.startKernelTimer(requestId);
  }
  audit(failure, requestId, outcome) {
    if (failure !== 'kernel-timeout' || !this.askedAt.has(requestId)) return super.audit(failure, requestId, outcome);
    const timeMs = this.askedAt.get(requestId);
    probe('backdated', requestId, timeMs, this.port.now());
    this.port.append({ kind: 'AUDIT', failure, timeMs, requestId, outcome });
    this.port.sync();
    this.unresolved.add(requestId);
  }
}
export default sutWith('red27-cp-timeout-audit-time-of-ask', CP);
