// @ts-nocheck
// Breaks 5.2/7.2 ("not executed unless kernel durability proves otherwise") and 4.3: on
// restart the kernel does not reload FENCE records ("a fence only matters while the dispatch
// may be in flight, and a restart drops everything in flight"), but a dispatch can outlive a
// kernel restart in the network — it then executes after the operator was told "not executed".
import { Kernel, probe, sut } from './lib/common.ts';

class K extends Kernel {
  onStart() {
    this.skipped = new Set();
    for (const r of this.port.records()) {
      if (r.kind === 'FENCE') { this.skipped.add(r.requestId); continue; }
      this.replay(r);
    }
  }
  onMessage(from, message) {
    if (message.kind === 'dispatch' && this.skipped?.has(message.requestId) && !this.decisions.has(message.requestId)) {
      probe('b28-kernel-replay-skips-fence', `${message.kind} ${message.requestId} decided again`);
    }
    super.onMessage(from, message);
  }
}
export default sut('b28-kernel-replay-skips-fence', { createKernel: (p, c) => new K(p, c) });
