// @ts-nocheck
// Mix-up: a duplicate confirm or submit is audited with the outcome of the last decision
// the control plane reported (for whatever request), not "unknown".
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class DupOutcomeCP extends ControlPlane {
  lastOutcome = 'unknown';
  audit(failure, requestId, outcome) {
    if (failure === 'duplicate-request' && outcome === 'unknown') outcome = this.lastOutcome;
    return super.audit(failure, requestId, outcome);
  }
  report(requestId, first, source, failure) {
    super.report(requestId, first, source, failure);
    this.lastOutcome = first.kind === 'EXEC' ? 'executed' : 'not-executed';
  }
}
export default { ...reference, name: 'cp-duplicate-audit-outcome-from-last-report', createControlPlane: (p, c) => new DupOutcomeCP(p, c) };
