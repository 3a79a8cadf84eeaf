// @ts-nocheck
// 7.2: "a rejection changes nothing, so it need not be durable before the reply": the kernel
// appends a REJECT, replies, and only then syncs. A crash at that sync loses a rejection the
// operator was already shown; a late copy of the dispatch is decided afresh.
import { Kernel } from '../../src/kernel.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

const replied = new Set<string>(); // probe bookkeeping only
class K extends Kernel {
  onStart(): void {
    const self = this as any;
    if (self.port.records().length === 0) replied.clear();
    super.onStart();
  }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'dispatch' && !self.decisions.has(message.requestId)) {
      if (replied.has(message.requestId)) probe('k-reject-reply-before-sync', `${message.requestId} rejection lost, deciding again`);
      const rejection = self.state.decide(message.operation);
      if (rejection !== null) {
        const record = { kind: 'REJECT', requestId: message.requestId, rejection };
        self.port.append(record);
        self.replay(record);
        replied.add(message.requestId);
        self.port.send(from, { kind: 'decision', requestId: message.requestId, decision: { kind: 'REJECT', rejection } });
        self.port.sync();
        return;
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('k-reject-reply-before-sync', { createKernel: (p, c) => new K(p, c) });
