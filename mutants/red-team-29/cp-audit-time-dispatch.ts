// @ts-nocheck
// spec 9 "Time": a kernel-timeout is stamped with the moment of the dispatch, not the moment the failure (the silence) was observed.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  startedAt = new Map();
  startKernelTimer(id) { this.startedAt.set(id, this.port.now()); super.startKernelTimer(id); }
  audit(failure, requestId, outcome) {
    if (failure === 'kernel-timeout' && this.startedAt.has(requestId)) {
      probe('cp-audit-time-dispatch');
      const rec = { kind: 'AUDIT', failure, timeMs: this.startedAt.get(requestId), requestId, outcome };
      this.port.append(rec); this.port.sync();
      if (outcome === 'unknown') this.unresolved.add(requestId); else this.unresolved.delete(requestId);
      return;
    }
    super.audit(failure, requestId, outcome);
  }
}
export default sut('cp-audit-time-dispatch', { createControlPlane: (p, c) => new CP(p, c) });
