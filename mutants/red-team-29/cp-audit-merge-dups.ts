// @ts-nocheck
// spec 9 "All failures MUST be logged": repeated duplicate-request failures for one request are merged into the first record.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  dupLogged = new Set();
  audit(failure, requestId, outcome) {
    if (failure === 'duplicate-request') {
      const k = requestId + '|' + outcome;
      if (this.dupLogged.has(k)) { probe('cp-audit-merge-dups'); return; }
      this.dupLogged.add(k);
    }
    super.audit(failure, requestId, outcome);
  }
}
export default sut('cp-audit-merge-dups', { createControlPlane: (p, c) => new CP(p, c) });
