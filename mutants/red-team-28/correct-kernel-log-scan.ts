// @ts-nocheck
// CORRECT (different design): a kernel with no in-memory index: every decision lookup scans
// its durable log, and every read rebuilds the state from the log.
import { Kernel, KernelState, probe, sut } from './_sut.ts';
const N = 'correct-kernel-log-scan';
class K extends Kernel {
  lookup(id) {
    for (const r of this.port.records()) {
      if (r.requestId !== id) continue;
      if (r.kind === 'EXEC') return { kind: 'EXEC' };
      if (r.kind === 'REJECT') return { kind: 'REJECT', rejection: r.rejection };
      if (r.kind === 'FENCE') return { kind: 'FENCE' };
    }
    return undefined;
  }
  rebuild() {
    const s = new KernelState(); const done = new Set();
    for (const r of this.port.records()) { if (done.has(r.requestId)) continue; done.add(r.requestId); if (r.kind === 'EXEC') s.apply(r.operation); }
    return s;
  }
  onStart() {}
  inspect() { return this.rebuild().view(); }
  onMessage(from, m) {
    const id = m.requestId;
    if (m.kind === 'dispatch') {
      const first = this.lookup(id);
      if (first) { probe(N, `scan dup ${id}`); this.port.send(from, { kind: 'duplicate', requestId: id, first }); return; }
      const rejection = this.rebuild().decide(m.operation);
      this.port.append(rejection === null ? { kind: 'EXEC', requestId: id, operation: m.operation } : { kind: 'REJECT', requestId: id, rejection });
      this.port.sync();
      this.port.send(from, { kind: 'decision', requestId: id, decision: rejection === null ? { kind: 'EXEC' } : { kind: 'REJECT', rejection } });
      return;
    }
    if (m.kind === 'fenced-query') {
      let first = this.lookup(id);
      if (!first) { this.port.append({ kind: 'FENCE', requestId: id }); this.port.sync(); first = { kind: 'FENCE' }; }
      this.port.send(from, { kind: 'query-answer', requestId: id, executed: first.kind === 'EXEC', first });
      return;
    }
    if (m.kind === 'read') { this.port.send(from, { kind: 'state', requestId: id, state: this.rebuild().view() }); return; }
  }
}
export default sut(N, { kernel: K });
