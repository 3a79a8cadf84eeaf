// @ts-nocheck
// Kernel: reads are served from a cached view, refreshed at the start of each decision
// (before the decision is applied) — so a read never shows the latest execution.
import { Kernel, probe, sut } from './_sut.ts';
const N = 'kernel-read-stale-view';
class K extends Kernel {
  cached = null;
  onStart() { super.onStart(); this.cached = this.state.view(); }
  decideDurably(record) { this.cached = this.state.view(); super.decideDurably(record); }
  onMessage(from, m) {
    if (m.kind === 'read') {
      const fresh = JSON.stringify(this.state.view());
      if (JSON.stringify(this.cached) !== fresh) probe(N, `stale read ${m.requestId}`);
      this.port.send(from, { kind: 'state', requestId: m.requestId, state: this.cached });
      return;
    }
    super.onMessage(from, m);
  }
}
export default sut(N, { kernel: K });
