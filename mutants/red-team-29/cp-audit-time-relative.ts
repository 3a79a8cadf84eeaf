// @ts-nocheck
// spec 9 "Time": audit time is measured from this incarnation's start (a process-uptime clock), not the process clock.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  onStart() { this.bootMs = this.port.now(); super.onStart(); }
  audit(failure, requestId, outcome) {
    probe('cp-audit-time-relative');
    const rec = { kind: 'AUDIT', failure, timeMs: this.port.now() - this.bootMs, requestId, outcome };
    this.port.append(rec); this.port.sync();
    if (outcome === 'unknown') this.unresolved.add(requestId); else this.unresolved.delete(requestId);
  }
}
export default sut('cp-audit-time-relative', { createControlPlane: (p, c) => new CP(p, c) });
