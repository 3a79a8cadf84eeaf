// @ts-nocheck
// Kernel: a rename is written as two records — an INTENT "rename-prepare" (which, on replay,
// detaches the source collection into staging) and then the EXEC — with one sync after both.
// A crash that keeps the prepare but not the EXEC leaves the source collection gone and the
// target not created: a partial execution (7.2, 11: multi-effect operations are atomic).
import { BaseKernel, EXECUTED } from './lib/kernel.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class K extends BaseKernel {
  onStart() {
    const recs = this.port.records();
    const execs = new Set(recs.filter((r) => r.kind === 'EXEC').map((r) => r.requestId));
    for (const record of recs) {
      if (record.kind === 'INTENT') {
        const d = JSON.parse(record.data);
        if (d.t === 'rename-prepare') {
          if (!execs.has(d.id)) probe('k-rename-two-phase', `prepare of ${d.id} replayed without its EXEC: "${d.from}" detached`);
          this.staging = this.staging ?? new Map();
          if (this.state.collections.has(d.from) && !this.staging.has(d.id)) {
            this.staging.set(d.id, this.state.collections.get(d.from));
            this.state.collections.delete(d.from);
          }
        }
        continue;
      }
      this.replay(record);
    }
  }
  decideDurably(record) {
    if (record.kind === 'EXEC' && record.operation.kind === 'rename-collection') {
      const op = record.operation;
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'rename-prepare', id: record.requestId, from: op.from, to: op.to }) });
      this.port.append(record);
      this.port.sync();
      this.replay(record);
      return;
    }
    super.decideDurably(record);
  }
  replay(record) {
    if (record.kind === 'EXEC' && record.operation.kind === 'rename-collection' && this.staging?.has(record.requestId)) {
      // the prepare already detached the source: finish the rename from staging
      if (this.decisions.has(record.requestId)) return;
      const idx = this.staging.get(record.requestId);
      this.staging.delete(record.requestId);
      this.state.collections.set(record.operation.to, idx);
      this.decisions.set(record.requestId, EXECUTED);
      return;
    }
    super.replay(record);
  }
}
export default sutWith('k-rename-two-phase', { createKernel: (p, c) => new K(p, c) });
