// @ts-nocheck
// CORRECT (unusual): an outcome query about a request whose kernel decision this incarnation
// already received is answered from that decision (labelled with the kernel reply it came from) (the kernel's own first decision, which
// never changes) instead of asking the kernel again; audited as the reference does.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  private readonly known = new Map<string, any>();
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (from === self.config.kernel) {
      if (message.kind === 'decision') this.known.set(message.requestId, [message.decision, 'kernel-decision']);
      else if (message.kind === 'duplicate') this.known.set(message.requestId, [message.first, 'kernel-duplicate']);
      else if (message.kind === 'query-answer') this.known.set(message.requestId, [message.first, 'kernel-query']);
    } else if (message.kind === 'outcome-query' && this.known.has(message.requestId)) {
      self.wait(message.requestId, from);
      const [first, source] = this.known.get(message.requestId);
      self.report(message.requestId, first, source, 'outcome-resolved');
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('correct-cp-answer-cache', { createControlPlane: (p, c) => new CP(p, c) });
