// @ts-nocheck
// 6.2 / 7.2: on restart the kernel rebuilds its decisions from EXEC and REJECT records but
// skips FENCE records ("a fence only matters to the incarnation that answered the query").
// After a kernel restart, a dispatch of a request fenced earlier executes.
import { Kernel } from '../../src/kernel.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class K extends Kernel {
  private readonly forgotten = new Set<string>();
  onStart(): void {
    const self = this as any;
    for (const r of self.port.records()) {
      if (r.kind === 'FENCE') { this.forgotten.add(r.requestId); continue; }
      self.replay(r);
    }
  }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'dispatch' && this.forgotten.has(message.requestId) && !self.decisions.has(message.requestId)) {
      probe('k-fence-forgotten-on-restart', `${message.requestId} ${self.state.decide(message.operation) === null ? 'EXEC' : 'REJECT'}`);
    }
    super.onMessage(from, message);
  }
}
export default sut('k-fence-forgotten-on-restart', { createKernel: (p, c) => new K(p, c) });
