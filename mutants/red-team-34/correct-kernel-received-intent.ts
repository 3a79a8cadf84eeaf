// @ts-nocheck
// CORRECT: the kernel appends an INTENT "received" record (unsynced) for each new dispatch
// before deciding it; the decision's sync carries it to disk. Restart ignores INTENTs.
import { Kernel } from '../../src/kernel.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { sut } from './lib/sut.ts';

class K extends Kernel {
  onStart(): void {
    const self = this as any;
    for (const r of self.port.records()) if (r.kind !== 'INTENT') self.replay(r);
  }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'dispatch' && !self.decisions.has(message.requestId)) {
      self.port.append({ kind: 'INTENT', data: `received ${message.requestId} ${message.operation.kind}` });
    }
    super.onMessage(from, message);
  }
}
export default sut('correct-kernel-received-intent', { createKernel: (p, c) => new K(p, c) });
