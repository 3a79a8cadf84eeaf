// @ts-nocheck
// Breaks 9 (the audit's outcome — executed / not executed — must be true) and 5.2 ("No
// assumptions are allowed"): a confirm for a challenge this incarnation did not issue is
// audited as "not-executed" ("we never dispatched it") although the crashed incarnation may have
// dispatched it; the operator is still told "unknown", but the log asserts a guess.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  audit(failure, requestId, outcome) {
    if (failure === 'challenge-expired') {
      probe('b41-cp-expired-audited-not-executed', requestId);
      outcome = 'not-executed';
    }
    super.audit(failure, requestId, outcome);
  }
}
export default sut('b41-cp-expired-audited-not-executed', { createControlPlane: (p, c) => new CP(p, c) });
