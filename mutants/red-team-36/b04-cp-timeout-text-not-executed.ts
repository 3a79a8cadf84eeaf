// @ts-nocheck
// Breaks 7.2 ("MUST treat the request as not executed unless kernel durability proves
// otherwise" is about treatment, not about telling) / 4.3 ("MUST NOT guess"): on a kernel
// timeout the control plane answers outcome "unknown" but its text asserts that the request
// was not executed, although the dispatch may still execute (or already has).
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    if (source === 'timeout') {
      probe('b04-cp-timeout-text-not-executed', requestId);
      text = 'the kernel did not respond — the request was not executed';
    }
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default sut('b04-cp-timeout-text-not-executed', { createControlPlane: (p, c) => new CP(p, c) });
