// @ts-nocheck
// spec 7.2 / 11 "kernel state is authoritative": on restart the kernel replays its log sorted by request id (assuming ids grow with time) instead of in log order, so it rebuilds a different state than the one it acknowledged.
import { Kernel } from '../../src/kernel.ts';
import { probe, sut } from './_sut.ts';
class K extends Kernel {
  onStart() {
    const recs = [...this.port.records()];
    const sorted = [...recs].sort((a, b) => (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0));
    if (sorted.some((r, i) => r !== recs[i])) probe('kernel-replay-sorted');
    for (const r of sorted) this.replay(r);
  }
}
export default sut('kernel-replay-sorted', { createKernel: (p, c) => new K(p, c) });
