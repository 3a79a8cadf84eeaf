// @ts-nocheck
// CORRECT: the kernel decides, applies to memory, then appends and syncs, and only then
// replies. A crash at the append or sync discards memory with the process, so no reply ever
// speaks of an undurable decision, and restart rebuilds from the log as before.
import { Kernel } from '../../src/kernel.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { sut } from './lib/sut.ts';

class K extends Kernel {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'dispatch' && !self.decisions.has(message.requestId)) {
      const rejection = self.state.decide(message.operation);
      const record = rejection === null
        ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
        : { kind: 'REJECT', requestId: message.requestId, rejection };
      self.replay(record);
      self.port.append(record);
      self.port.sync();
      self.port.send(from, { kind: 'decision', requestId: message.requestId, decision: self.decisions.get(message.requestId) });
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('correct-kernel-apply-first', { createKernel: (p, c) => new K(p, c) });
