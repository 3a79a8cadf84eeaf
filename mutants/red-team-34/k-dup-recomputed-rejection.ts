// @ts-nocheck
// 7.1 / 6.2: for a copy of a rejected dispatch the kernel's DUPLICATE names the first
// decision, but re-derives the rejection from the current state ("the freshest reason");
// if the state moved on (the collection was created meanwhile, say) the text and code
// differ from the rejection first recorded and shown.
import { Kernel } from '../../src/kernel.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class K extends Kernel {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'dispatch') {
      const first = self.decisions.get(message.requestId);
      if (first !== undefined && first.kind === 'REJECT') {
        const now = self.state.decide(message.operation);
        if (now !== null && (now.code !== first.rejection.code || now.text !== first.rejection.text)) {
          probe('k-dup-recomputed-rejection', `${message.requestId} ${first.rejection.code}->${now.code}`);
          self.port.send(from, { kind: 'duplicate', requestId: message.requestId, first: { kind: 'REJECT', rejection: now } });
          return;
        }
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('k-dup-recomputed-rejection', { createKernel: (p, c) => new K(p, c) });
