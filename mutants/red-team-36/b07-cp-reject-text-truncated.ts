// @ts-nocheck
// Breaks 7.1 ("surfaced verbatim"): the control plane fits a kernel rejection into a 64-
// character status line, cutting long texts (long collection names) with an ellipsis — in
// both the rejection it forwards and the text.
import { ControlPlane, probe, sut } from './lib/common.ts';

const cut = (s) => (s.length > 64 ? s.slice(0, 63) + '…' : s);
class CP extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    if (rejection !== null && rejection.text.length > 64) {
      probe('b07-cp-reject-text-truncated', `${requestId} ${source} len=${rejection.text.length}`);
      rejection = { code: rejection.code, text: cut(rejection.text) };
      text = cut(text);
    }
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default sut('b07-cp-reject-text-truncated', { createControlPlane: (p, c) => new CP(p, c) });
