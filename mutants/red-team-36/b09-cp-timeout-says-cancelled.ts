// @ts-nocheck
// Breaks 4.3/7.2 ("MUST NOT guess"; a client must not claim what it did not observe) and 2
// ("never attempts to repair"): when the kernel is silent, the answer keeps outcome "unknown"
// but tells the operator "request cancelled by the control plane" — a cancellation it never
// performed and cannot perform; the dispatch may still execute (or already did).
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    if (source === 'timeout') {
      probe('b09-cp-timeout-says-cancelled', requestId);
      text = 'request cancelled by the control plane';
    }
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default sut('b09-cp-timeout-says-cancelled', { createControlPlane: (p, c) => new CP(p, c) });
