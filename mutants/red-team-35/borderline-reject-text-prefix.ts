// @ts-nocheck
// BORDERLINE (not counted as broken or correct): every kernel rejection is reported with the
// rejection object verbatim, but the answer's text wraps the kernel's explanation in a prefix of the
// control plane's own: "duplicate of a rejected request: <kernel text>" — on every kernel-decision path,
// not just duplicates. The oracles accept it (the kernel text is still contained verbatim). Spec 7.1:
// "The rejection MUST be surfaced verbatim. The control plane MUST NOT reinterpret".
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    if (rejection !== null && source === 'kernel-decision') {
      if (this.waiting.has(requestId)) probe('borderline-reject-text-prefix', `rejection of ${requestId} told with a prefix`);
      text = `duplicate of a rejected request: ${rejection.text}`;
    }
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default sutWith('borderline-reject-text-prefix', { createControlPlane: (p, c) => new CP(p, c) });
