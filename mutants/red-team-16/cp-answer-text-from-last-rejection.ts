// @ts-nocheck
// Mix-up: the control plane builds answer texts in one shared "message" field that is set
// when it reports a rejection and never reset: an executed or not-executed answer that
// follows a rejection (of any request) carries that other request's rejection text.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class SharedTextCP extends ControlPlane {
  lastText = null;
  answer(requestId, outcome, source, rejection, text) {
    if (rejection !== null) this.lastText = rejection.text;
    else if ((source === 'kernel-decision' || source === 'kernel-duplicate' || source === 'kernel-query') && this.lastText !== null) text = this.lastText;
    return super.answer(requestId, outcome, source, rejection, text);
  }
}
export default { ...reference, name: 'cp-answer-text-from-last-rejection', createControlPlane: (p, c) => new SharedTextCP(p, c) };
