// @ts-nocheck
// 6.2: the kernel's duplicate filter holds executed and fenced ids only: "a rejected request
// did nothing, so a copy of it may be decided again". A late copy of a rejected dispatch that
// the state now accepts executes: one request id, a REJECT then an EXEC.
import { Kernel } from '../../src/kernel.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class K extends Kernel {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'dispatch') {
      const first = self.decisions.get(message.requestId);
      if (first !== undefined && first.kind === 'REJECT' && self.state.decide(message.operation) === null) {
        probe('k-redecide-rejected', message.requestId);
        const record = { kind: 'EXEC', requestId: message.requestId, operation: message.operation };
        self.port.append(record);
        self.port.sync();
        self.state.apply(message.operation);
        self.decisions.set(message.requestId, { kind: 'EXEC' });
        self.port.send(from, { kind: 'decision', requestId: message.requestId, decision: { kind: 'EXEC' } });
        return;
      }
    }
    super.onMessage(from, message);
  }
  onStart(): void {
    const self = this as any;
    for (const r of self.port.records()) {
      if (r.kind === 'EXEC' && self.decisions.get(r.requestId)?.kind === 'REJECT') {
        self.state.apply(r.operation);
        self.decisions.set(r.requestId, { kind: 'EXEC' });
      } else self.replay(r);
    }
  }
}
export default sut('k-redecide-rejected', { createKernel: (p, c) => new K(p, c) });
