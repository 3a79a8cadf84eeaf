// @ts-nocheck
// Breaks 9 ("All failures MUST be ... logged") and 6.2: a kernel DUPLICATE about a request
// this incarnation already answered is treated as harmless noise — dropped without an audit
// record — so the duplicate delivery the kernel had to reject leaves no trace in the log.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    if (this.waiting.has(requestId) && source !== 'timeout') (this.answered ??= new Set()).add(requestId);
    super.answer(requestId, outcome, source, rejection, text);
  }
  onKernel(reply) {
    if (reply.kind === 'duplicate' && this.answered?.has(reply.requestId) && !this.waiting.has(reply.requestId)) {
      probe('b22-cp-silent-late-duplicate', reply.requestId);
      return;
    }
    super.onKernel(reply);
  }
}
export default sut('b22-cp-silent-late-duplicate', { createControlPlane: (p, c) => new CP(p, c) });
