// @ts-nocheck
// Breaks 7.2/11 and 12 ("No partial execution"): the kernel logs create-collection as an EXEC
// of the bare collection followed by one INTENT record per index ("index builds are logged
// separately"), syncing once at the end. A crash that loses a suffix of those unsynced
// records leaves, after replay, a collection with only some of its indexes, and an EXEC
// record that says it executed.
import { Kernel, probe, sut } from './lib/common.ts';

class K extends Kernel {
  onStart() {
    const recs = this.port.records();
    const pending = new Map();
    for (const r of recs) {
      if (r.kind === 'INTENT') {
        const { id, field } = JSON.parse(r.data);
        const idx = this.state.collections.get(pending.get(id));
        if (idx !== undefined && !idx.includes(field)) idx.push(field);
        continue;
      }
      if (r.kind === 'EXEC' && r.operation.kind === 'create-collection') {
        pending.set(r.requestId, r.operation.name);
        if (this.decisions.has(r.requestId)) continue;
        this.state.collections.set(r.operation.name, []);
        this.decisions.set(r.requestId, { kind: 'EXEC' });
        const want = r.operation.indexes.length;
        const got = recs.filter((x) => x.kind === 'INTENT' && JSON.parse(x.data).id === r.requestId).length;
        if (got < want) probe('b30-kernel-split-index-records', `${r.requestId} replayed with ${got}/${want} indexes`);
        continue;
      }
      this.replay(r);
    }
  }
  decideDurably(record) {
    if (record.kind === 'EXEC' && record.operation.kind === 'create-collection') {
      this.port.append({ kind: 'EXEC', requestId: record.requestId, operation: record.operation });
      for (const field of record.operation.indexes) this.port.append({ kind: 'INTENT', data: JSON.stringify({ id: record.requestId, field }) });
      this.port.sync();
      this.replay(record);
      return;
    }
    super.decideDurably(record);
  }
}
export default sut('b30-kernel-split-index-records', { createKernel: (p, c) => new K(p, c) });
