// @ts-nocheck
// CORRECT: for answers that carry no rejection, the control plane's text names the request:
// 'request r5: executed' / 'request r5: not executed'. Rejections are untouched: the rejection
// field and the text are the kernel's (or validation's) verbatim.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CP extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    if (rejection === null && (text === 'executed' || text === 'not executed')) text = `request ${requestId}: ${text}`;
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default { ...reference, name: 'correct-cp-answer-text-names-request', createControlPlane: (p, c) => new CP(p, c) };
