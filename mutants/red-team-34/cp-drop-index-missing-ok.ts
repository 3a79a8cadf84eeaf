// @ts-nocheck
// 7.1: "the index is already gone, which is what the operator wanted": a NO_SUCH_INDEX
// rejection of a drop-index is reported as executed, still audited as a kernel rejection.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (from === self.config.kernel && message.kind === 'decision' && message.decision.kind === 'REJECT'
      && message.decision.rejection.code === 'NO_SUCH_INDEX') {
      probe('cp-drop-index-missing-ok', message.requestId);
      self.stopKernelTimer(message.requestId);
      self.audit('kernel-rejection', message.requestId, 'not-executed');
      self.answer(message.requestId, 'executed', 'kernel-decision', null, 'executed (index already absent)');
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-drop-index-missing-ok', { createControlPlane: (p, c) => new CP(p, c) });
