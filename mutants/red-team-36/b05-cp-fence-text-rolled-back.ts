// @ts-nocheck
// Breaks 11 / 4.3 (a client must not claim what it did not observe; Phase 7 MUST NOT
// "Attempt rollback"): when a fenced query finds the request FENCED (never executed), the
// answer says "not-executed" but its text claims the request was rolled back — claiming an
// execution and a compensation that never happened.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  report(requestId, first, source, failure) {
    if (first.kind === 'FENCE') {
      probe('b05-cp-fence-text-rolled-back', requestId);
      const port = this.port;
      this.port = { ...port, send: (to, m) => port.send(to, m.kind === 'answer' ? { ...m, text: 'rolled back — the partial change was undone' } : m),
        append: (r) => port.append(r), sync: () => port.sync(), now: () => port.now(), cancelTimer: (i) => port.cancelTimer(i) };
      try { super.report(requestId, first, source, failure); } finally { this.port = port; }
      return;
    }
    super.report(requestId, first, source, failure);
  }
}
export default sut('b05-cp-fence-text-rolled-back', { createControlPlane: (p, c) => new CP(p, c) });
