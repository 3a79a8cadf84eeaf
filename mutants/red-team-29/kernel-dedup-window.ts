// @ts-nocheck
// spec 6.2 "silent duplicate execution is forbidden": the kernel forgets decisions older than 10 s by its own clock (memory bound), so a late copy of a dispatch is decided again.
import { Kernel } from '../../src/kernel.ts';
import { probe, sut } from './_sut.ts';
class K extends Kernel {
  decidedAt = new Map();
  onMessage(from, m) {
    if (m.kind === 'dispatch' || m.kind === 'fenced-query') {
      const t = this.decidedAt.get(m.requestId);
      if (t !== undefined && this.port.now() - t > 10000 && this.decisions.has(m.requestId)) { probe('kernel-dedup-window'); this.decisions.delete(m.requestId); }
    }
    super.onMessage(from, m);
  }
  decideDurably(record) { super.decideDurably(record); this.decidedAt.set(record.requestId, this.port.now()); }
}
export default sut('kernel-dedup-window', { createKernel: (p, c) => new K(p, c) });
