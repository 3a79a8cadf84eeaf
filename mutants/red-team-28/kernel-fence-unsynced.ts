// @ts-nocheck
// Kernel: a fence is "only a marker", so it is appended but not synced; the next decision's
// sync will carry it. A crash in between loses it.
import { Kernel, probe, sut } from './_sut.ts';
const N = 'kernel-fence-unsynced';
class K extends Kernel {
  onMessage(from, m) {
    if (m.kind === 'fenced-query' && !this.decisions.has(m.requestId)) {
      const rec = { kind: 'FENCE', requestId: m.requestId };
      this.port.append(rec);
      this.replay(rec);
      probe(N, `fence unsynced ${m.requestId}`);
      this.port.send(from, { kind: 'query-answer', requestId: m.requestId, executed: false, first: { kind: 'FENCE' } });
      return;
    }
    super.onMessage(from, m);
  }
}
export default sut(N, { kernel: K });
