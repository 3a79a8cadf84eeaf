// @ts-nocheck
// 6.2: on restart the kernel replays EXEC and FENCE records only ("rejections changed nothing
// to rebuild"). A copy of a rejected dispatch that arrives after a kernel restart is decided
// again: rejected again (a second REJECT for one id) or, if the state moved on, executed.
import { Kernel } from '../../src/kernel.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class K extends Kernel {
  private readonly forgotten = new Set<string>();
  onStart(): void {
    const self = this as any;
    for (const r of self.port.records()) {
      if (r.kind === 'REJECT') { this.forgotten.add(r.requestId); continue; }
      self.replay(r);
    }
  }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'dispatch' && this.forgotten.has(message.requestId) && !self.decisions.has(message.requestId)) {
      probe('k-reject-forgotten-on-restart', `${message.requestId} ${self.state.decide(message.operation) === null ? 'EXEC' : 'REJECT-again'}`);
    }
    super.onMessage(from, message);
  }
}
export default sut('k-reject-forgotten-on-restart', { createKernel: (p, c) => new K(p, c) });
