// @ts-nocheck
// Breaks 7.1 ("Kernel rejection is final") and 6.2: on restart the kernel rebuilds its
// decisions from EXEC and FENCE records only ("a rejection changed nothing, no need to replay
// it"); a late copy of a rejected dispatch arriving after a kernel restart is decided afresh
// and may now execute.
import { Kernel, probe, sut } from './lib/common.ts';

class K extends Kernel {
  onStart() {
    this.skipped = new Set();
    for (const r of this.port.records()) {
      if (r.kind === 'REJECT') { this.skipped.add(r.requestId); continue; }
      this.replay(r);
    }
  }
  onMessage(from, message) {
    if (message.kind === 'dispatch' && this.skipped?.has(message.requestId) && !this.decisions.has(message.requestId)) {
      probe('b27-kernel-replay-skips-reject', `${message.kind} ${message.requestId} decided again`);
    }
    super.onMessage(from, message);
  }
}
export default sut('b27-kernel-replay-skips-reject', { createKernel: (p, c) => new K(p, c) });
