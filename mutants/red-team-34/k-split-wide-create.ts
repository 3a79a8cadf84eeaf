// @ts-nocheck
// 7.2 / 11 (partial execution): a create-collection with 5 or more indexes is logged as the
// bare collection first (EXEC, synced), then one create-index record per index under derived
// ids, "so index builds are resumable". A crash between them leaves a partial execution.
import { Kernel } from '../../src/kernel.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class K extends Kernel {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'dispatch' && message.operation.kind === 'create-collection' && message.operation.indexes.length >= 5
      && !self.decisions.has(message.requestId) && self.state.decide(message.operation) === null) {
      const op = message.operation;
      probe('k-split-wide-create', `${message.requestId} ${op.indexes.length}`);
      self.decideDurably({ kind: 'EXEC', requestId: message.requestId, operation: { kind: 'create-collection', name: op.name, indexes: [] } });
      op.indexes.forEach((field: string, i: number) => {
        self.decideDurably({ kind: 'EXEC', requestId: `${message.requestId}.ix${i}`, operation: { kind: 'create-index', collection: op.name, field } });
      });
      self.port.send(from, { kind: 'decision', requestId: message.requestId, decision: { kind: 'EXEC' } });
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('k-split-wide-create', { createKernel: (p, c) => new K(p, c) });
