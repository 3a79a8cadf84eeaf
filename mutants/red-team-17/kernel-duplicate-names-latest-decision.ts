// @ts-nocheck
// MUTANT (6.2, 4.3): the kernel's DUPLICATE reply names the most recent decision it made (about
// whatever request) instead of the first decision about the duplicated request id.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';

class K extends Kernel {
  latest = null;
  onMessage(from, message) {
    if (message.kind === 'dispatch' && this.decisions.has(message.requestId) && this.latest !== null) {
      this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first: this.latest });
      return;
    }
    super.onMessage(from, message);
    if (message.kind === 'dispatch' || message.kind === 'fenced-query') this.latest = this.decisions.get(message.requestId) ?? this.latest;
  }
}
export default { ...reference, name: 'kernel-duplicate-names-latest-decision', createKernel: (p, c) => new K(p, c) };
