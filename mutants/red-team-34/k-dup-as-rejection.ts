// @ts-nocheck
// 6.2 read literally ("the kernel MUST reject duplicates"): a copy of an already decided
// dispatch gets a REJECT decision {DUPLICATE_REQUEST} instead of a DUPLICATE naming the first
// decision. The control plane then reports "not executed" for a request that executed.
import { Kernel } from '../../src/kernel.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class K extends Kernel {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'dispatch') {
      const first = self.decisions.get(message.requestId);
      if (first !== undefined) {
        probe('k-dup-as-rejection', `${message.requestId} first=${first.kind}`);
        self.port.send(from, { kind: 'decision', requestId: message.requestId, decision: { kind: 'REJECT', rejection: { code: 'DUPLICATE_REQUEST', text: `request ${message.requestId} was already decided` } } });
        return;
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('k-dup-as-rejection', { createKernel: (p, c) => new K(p, c) });
