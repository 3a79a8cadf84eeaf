// @ts-nocheck
// spec 9 "Time": audit time is the time the last client message arrived (cached "request time"), so kernel-driven records carry a stale time.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  lastClientMs = 0;
  onClient(client, m) { this.lastClientMs = this.port.now(); super.onClient(client, m); }
  audit(failure, requestId, outcome) {
    const now = this.port.now();
    if (now !== this.lastClientMs) probe('cp-audit-time-lastclient');
    const rec = { kind: 'AUDIT', failure, timeMs: this.lastClientMs, requestId, outcome };
    this.port.append(rec); this.port.sync();
    if (outcome === 'unknown') this.unresolved.add(requestId); else this.unresolved.delete(requestId);
  }
}
export default sut('cp-audit-time-lastclient', { createControlPlane: (p, c) => new CP(p, c) });
