// @ts-nocheck
// CORRECT (unusual): an outcome query about a request whose dispatch this incarnation is still
// waiting on does not send a fenced query: the asker simply waits for the dispatch's answer
// (the kernel's decision, or "unknown" on the kernel timeout), like the original client.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (from !== self.config.kernel && message.kind === 'outcome-query'
      && self.dispatched.has(message.requestId) && self.timers.has(message.requestId) && self.waiting.has(message.requestId)) {
      self.wait(message.requestId, from);
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('correct-cp-query-piggyback', { createControlPlane: (p, c) => new CP(p, c) });
