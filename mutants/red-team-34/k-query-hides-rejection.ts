// @ts-nocheck
// 7.1 / 4.3: a fenced query about a request the kernel REJECTED is answered "not executed,
// fenced" (first = FENCE) because the query path only distinguishes executed from not: the
// outcome is right, but the rejection the operator asks about is not surfaced (verbatim or
// at all) in the answer to the query.
import { Kernel } from '../../src/kernel.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class K extends Kernel {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'fenced-query') {
      const first = self.decisions.get(message.requestId);
      if (first !== undefined && first.kind === 'REJECT') {
        probe('k-query-hides-rejection', message.requestId);
        self.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: false, first: { kind: 'FENCE' } });
        return;
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('k-query-hides-rejection', { createKernel: (p, c) => new K(p, c) });
