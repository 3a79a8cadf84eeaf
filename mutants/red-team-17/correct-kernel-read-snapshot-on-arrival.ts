// @ts-nocheck
// CORRECT: the kernel answers a read with the view it took when the read arrived (a state it
// holds then, all of it synced, produced after the operator asked since the read follows the
// observe), but sends it 3 ms later from a timer (e.g. a reply-batching tick). A decision made
// in between is not in the view: the view is a consistent kernel state at a legal moment.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';

class K extends Kernel {
  held = new Map();
  onMessage(from, message) {
    if (message.kind === 'read') {
      const state = this.state.view();
      const id = this.port.setTimer(3, 'read-reply');
      this.held.set(id, { from, requestId: message.requestId, state });
      return;
    }
    super.onMessage(from, message);
  }
  onTimer(name, id) {
    const h = this.held.get(id);
    if (h === undefined) return;
    this.held.delete(id);
    this.port.send(h.from, { kind: 'state', requestId: h.requestId, state: h.state });
  }
}
export default { ...reference, name: 'correct-kernel-read-snapshot-on-arrival', createKernel: (p, c) => new K(p, c) };
