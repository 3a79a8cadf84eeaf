// @ts-nocheck
// 7.1: "create is idempotent": a kernel COLLECTION_EXISTS rejection of a create-collection
// is reported to the operator as executed. The control plane reinterprets a rejection.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  private readonly ops = new Map<string, string>();
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'confirm') {
      const ch = self.challenges.get(message.token);
      if (ch !== undefined) this.ops.set(ch.requestId, ch.operation.kind);
    }
    if (from === self.config.kernel && message.kind === 'decision' && message.decision.kind === 'REJECT'
      && message.decision.rejection.code === 'COLLECTION_EXISTS' && this.ops.get(message.requestId) === 'create-collection') {
      probe('cp-create-exists-is-success', message.requestId);
      self.stopKernelTimer(message.requestId);
      self.answer(message.requestId, 'executed', 'kernel-decision', null, 'executed');
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-create-exists-is-success', { createControlPlane: (p, c) => new CP(p, c) });
