// @ts-nocheck
// 9: a kernel decision that arrives after the control plane already answered "unknown"
// (nobody is waiting any more) is dropped without an audit record: the log keeps saying
// "unknown" for a request whose outcome the control plane learnt.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (from === self.config.kernel && message.kind === 'decision' && !self.waiting.has(message.requestId) && self.unresolved.has(message.requestId)) {
      probe('cp-late-resolution-unaudited', message.requestId);
      self.stopKernelTimer(message.requestId);
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-late-resolution-unaudited', { createControlPlane: (p, c) => new CP(p, c) });
