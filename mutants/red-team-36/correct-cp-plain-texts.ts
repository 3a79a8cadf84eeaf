// @ts-nocheck
// CORRECT (another wording): the control plane words kernel outcomes as full sentences —
// "the kernel executed this request" / "the kernel did not execute this request" — instead of
// "executed" / "not executed". Rejections are still forwarded verbatim (7.1), unknowns still say
// unknown, and every word is true of kernel state (4.3).
import { ControlPlane, sut } from './lib/common.ts';

class CP extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    if (rejection === null && text === 'executed') text = 'the kernel executed this request';
    else if (rejection === null && text === 'not executed') text = 'the kernel did not execute this request';
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default sut('correct-cp-plain-texts', { createControlPlane: (p, c) => new CP(p, c) });
