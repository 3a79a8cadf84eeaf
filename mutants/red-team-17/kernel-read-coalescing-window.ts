// @ts-nocheck
// MUTANT (4.3, 10): the kernel coalesces reads: a read arriving within 40 ms of the view it last
// computed for a read is answered with that cached view, even if decisions executed since. Each
// answer is still sent after (and in reply to) the read that followed the operator's observe.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';

class K extends Kernel {
  cached = null; cachedAt = -1e9;
  onMessage(from, message) {
    if (message.kind === 'read') {
      const now = this.port.now();
      if (this.cached === null || now - this.cachedAt > 40) { this.cached = this.state.view(); this.cachedAt = now; }
      this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.cached });
      return;
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'kernel-read-coalescing-window', createKernel: (p, c) => new K(p, c) };
