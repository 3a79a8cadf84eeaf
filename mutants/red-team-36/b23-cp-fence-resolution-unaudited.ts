// @ts-nocheck
// Breaks 9 (audit records MUST include the outcome — executed / not executed): when a fenced
// query resolves an earlier "unknown" as FENCED, "nothing happened, nothing to log" — the log
// keeps saying "unknown" for a request whose outcome is now known (not executed).
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  report(requestId, first, source, failure) {
    if (first.kind === 'FENCE' && source === 'kernel-query' && this.unresolved.has(requestId)) {
      probe('b23-cp-fence-resolution-unaudited', requestId);
      const port = this.port;
      this.port = { ...port, append: () => {}, sync: () => {}, send: (t, m) => port.send(t, m), now: () => port.now(), cancelTimer: (i) => port.cancelTimer(i) };
      try { super.report(requestId, first, source, failure); } finally { this.port = port; }
      return;
    }
    super.report(requestId, first, source, failure);
  }
}
export default sut('b23-cp-fence-resolution-unaudited', { createControlPlane: (p, c) => new CP(p, c) });
