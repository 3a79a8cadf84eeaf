// @ts-nocheck
// CORRECT: audits more than the reference: every fenced-query answer is recorded as
// 'outcome-resolved' with the kernel's outcome, also for requests this incarnation dispatched
// and already answered (the reference records it only when it resolves an "unknown").
// An extra, truthful record; synced before the answer like the others.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class AuditsMore extends ControlPlane {
  report(requestId, first, source, failure) {
    if (source === 'kernel-query') {
      const resolves = this.unresolved.has(requestId) || !this.dispatched.has(requestId);
      if (!resolves) this.audit('outcome-resolved', requestId, first.kind === 'EXEC' ? 'executed' : 'not-executed');
    }
    super.report(requestId, first, source, failure);
  }
}
export default { ...reference, name: 'correct-cp-audits-every-query-answer', createControlPlane: (port, config) => new AuditsMore(port, config) };
