// @ts-nocheck
// Exploration helper (not a mutant): replaces answer texts of one source/outcome with RT36_TEXT.
import { ControlPlane, sut } from './common.ts';
const SRC = process.env.RT36_SRC, OUT = process.env.RT36_OUT, TEXT = process.env.RT36_TEXT;
class CP extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    if (source === SRC && outcome === OUT && rejection === null) text = TEXT;
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default sut('explore-text', { createControlPlane: (p, c) => new CP(p, c) });
