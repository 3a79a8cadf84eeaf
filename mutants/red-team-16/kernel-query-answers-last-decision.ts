// @ts-nocheck
// Mix-up (kernel): a fenced query about a request already decided answers with the kernel's
// most recent decision (a "last decision" register), not that request's own.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';

class LastDecisionKernel extends Kernel {
  last = null;
  replay(record) {
    super.replay(record);
    this.last = this.decisions.get(record.requestId) ?? null;
  }
  onMessage(from, message) {
    if (message.kind === 'fenced-query' && this.decisions.has(message.requestId) && this.last !== null) {
      const first = this.last;
      this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first });
      return;
    }
    return super.onMessage(from, message);
  }
}
export default { ...reference, name: 'kernel-query-answers-last-decision', createKernel: (p, c) => new LastDecisionKernel(p, c) };
