// @ts-nocheck
// Breaks 4.3 ("If kernel state reflects execution → action succeeded") and 11 (no rollback):
// an outcome query that finds an EXEC for a request the control plane had reported "unknown"
// is worded "executed, then reverted by the kernel" — telling the operator the change is gone
// when kernel state holds it.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    if (source === 'kernel-query' && outcome === 'executed') {
      probe('b47-cp-query-exec-says-reverted', requestId);
      text = 'executed, then reverted by the kernel';
    }
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default sut('b47-cp-query-exec-says-reverted', { createControlPlane: (p, c) => new CP(p, c) });
