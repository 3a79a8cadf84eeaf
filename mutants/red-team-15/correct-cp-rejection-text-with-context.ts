// @ts-nocheck
// CORRECT (arguably): a kernel rejection is surfaced with its rejection object exactly as the
// kernel sent it (same code, same text, in the answer's `rejection` field); the answer's
// free-text summary says who rejected it and then quotes the kernel's text whole.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
class Ctx extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    if (rejection !== null && source !== 'validation') text = `rejected by the kernel (${rejection.code}): ${rejection.text}`;
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default { ...reference, name: 'correct-cp-rejection-text-with-context', createControlPlane: (port, config) => new Ctx(port, config) };
