// @ts-nocheck
// Audit records of a kernel decision (rejection, duplicate, resolved outcome) carry the time the
// request was dispatched ("when it happened"), not the time the failure was logged.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  sentAt = new Map();
  startKernelTimer(requestId) {
    this.sentAt.set(requestId, this.port.now());
    super.startKernelTimer(requestId);
  }
  audit(failure, requestId, outcome) {
    if (failure === 'kernel-timeout' || !this.sentAt.has(requestId)) return super.audit(failure, requestId, outcome);
    const timeMs = this.sentAt.get(requestId);
    probe('dispatch-time', failure, requestId, timeMs, this.port.now());
    this.port.append({ kind: 'AUDIT', failure, timeMs, requestId, outcome });
    this.port.sync();
    if (outcome === 'unknown') this.unresolved.add(requestId);
    else this.unresolved.delete(requestId);
  }
}
export default sutWith('red27-cp-rejection-audit-time-of-dispatch', CP);
