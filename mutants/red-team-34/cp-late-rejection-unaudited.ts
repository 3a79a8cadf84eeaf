// @ts-nocheck
// 9: a kernel rejection is audited when it is reported to a waiting client; when nobody is
// waiting any more (the control plane already answered "unknown" on a timeout) the late
// rejection is audited as a plain resolution, not as a kernel rejection.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (from === self.config.kernel && message.kind === 'decision' && message.decision.kind === 'REJECT' && !self.waiting.has(message.requestId)) {
      probe('cp-late-rejection-unaudited', message.requestId);
      self.stopKernelTimer(message.requestId);
      self.audit('outcome-resolved', message.requestId, 'not-executed');
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-late-rejection-unaudited', { createControlPlane: (p, c) => new CP(p, c) });
