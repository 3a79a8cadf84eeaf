// @ts-nocheck
// 7.2: a FENCE record is appended but not synced ("it changes no data; the next decision's
// sync will carry it"). The query answer goes out before the fence is durable; a crash that
// loses the unsynced tail forgets the fence, and a late dispatch of the request executes.
import { Kernel } from '../../src/kernel.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

const answeredFenced = new Set<string>(); // probe bookkeeping only (survives restarts)
class K extends Kernel {
  onStart(): void {
    const self = this as any;
    if (self.port.records().length === 0) answeredFenced.clear();
    super.onStart();
  }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'fenced-query' && !self.decisions.has(message.requestId)) {
      self.port.append({ kind: 'FENCE', requestId: message.requestId });
      self.replay({ kind: 'FENCE', requestId: message.requestId });
      answeredFenced.add(message.requestId);
      self.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: false, first: { kind: 'FENCE' } });
      return;
    }
    if (message.kind === 'dispatch' && answeredFenced.has(message.requestId) && !self.decisions.has(message.requestId)) {
      probe('k-fence-unsynced', `${message.requestId} fence lost, deciding again`);
    }
    super.onMessage(from, message);
  }
}
export default sut('k-fence-unsynced', { createKernel: (p, c) => new K(p, c) });
