// @ts-nocheck
// Breaks 4.3 / 6.2 (a client must not claim what it did not observe): when the kernel's
// DUPLICATE names a first EXEC — the operator's own request, executed once, whose reply was
// lost or copied — the control plane words it as "already done earlier by another operator",
// claiming this request was someone else's duplicate and did not itself execute.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    if (source === 'kernel-duplicate' && outcome === 'executed') {
      probe('b10-cp-duplicate-says-other-operator', requestId);
      text = 'already done earlier by another operator';
    }
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default sut('b10-cp-duplicate-says-other-operator', { createControlPlane: (p, c) => new CP(p, c) });
