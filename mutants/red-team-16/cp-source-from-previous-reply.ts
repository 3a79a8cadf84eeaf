// @ts-nocheck
// Mix-up: the answer's provenance is taken from a shared "last kernel reply kind" field
// set before the switch, so with a dispatch and a fenced query in flight an answer built
// from one reply is labelled with the kind of the reply handled before it (a first
// decision told as a DUPLICATE or a fenced query's answer, and vice versa).
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

const SOURCE = { decision: 'kernel-decision', duplicate: 'kernel-duplicate', 'query-answer': 'kernel-query' };
class PrevSourceCP extends ControlPlane {
  prev = null;
  onKernel(reply) {
    this.current = this.prev ?? SOURCE[reply.kind];
    if (SOURCE[reply.kind] !== undefined) this.prev = SOURCE[reply.kind];
    return super.onKernel(reply);
  }
  answer(requestId, outcome, source, rejection, text) {
    if (source.startsWith('kernel-') && this.current) source = this.current;
    return super.answer(requestId, outcome, source, rejection, text);
  }
}
export default { ...reference, name: 'cp-source-from-previous-reply', createControlPlane: (p, c) => new PrevSourceCP(p, c) };
