// @ts-nocheck
// Mix-up (kernel): decisions are kept in order; a DUPLICATE names the first decision of the
// request decided right after the duplicated one (an off-by-one in the lookup), when
// there is one.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';

class NeighbourKernel extends Kernel {
  onMessage(from, message) {
    if (message.kind === 'dispatch' && this.decisions.has(message.requestId)) {
      const ids = [...this.decisions.keys()];
      const i = ids.indexOf(message.requestId);
      const first = this.decisions.get(ids[Math.min(i + 1, ids.length - 1)]);
      this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
      return;
    }
    return super.onMessage(from, message);
  }
}
export default { ...reference, name: 'kernel-duplicate-first-of-neighbour', createKernel: (p, c) => new NeighbourKernel(p, c) };
