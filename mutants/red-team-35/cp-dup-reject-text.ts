// @ts-nocheck
// Control plane (wording): a DUPLICATE whose first decision is a rejection is reported with the
// rejection object attached but a text of its own, "not executed (duplicate of request R, rejected
// CODE)" in place of the kernel's explanation — the kernel's rejection text is no longer what the
// operator reads, on that path only (7.1: surfaced verbatim).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  onKernel(reply) {
    this.dupReject = reply.kind === 'duplicate' && reply.first.kind === 'REJECT';
    try { super.onKernel(reply); } finally { this.dupReject = false; }
  }
  answer(requestId, outcome, source, rejection, text) {
    if (this.dupReject && rejection !== null) {
      if (this.waiting.has(requestId)) probe('cp-dup-reject-text', `duplicate-of-reject ${requestId} reworded`);
      text = `not executed (duplicate of request ${requestId}, rejected ${rejection.code})`;
    }
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default sutWith('cp-dup-reject-text', { createControlPlane: (p, c) => new CP(p, c) });
