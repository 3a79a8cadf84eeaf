// @ts-nocheck
// spec 7.2 / 12 "no partial execution": create-collection with indexes is logged as two records (the collection, then each index), each synced on its own; a crash between leaves a collection without its indexes.
import { Kernel } from '../../src/kernel.ts';
import { probe, sut } from './_sut.ts';
class K extends Kernel {
  decideDurably(record) {
    if (record.kind === 'EXEC' && record.operation.kind === 'create-collection' && record.operation.indexes.length > 0) {
      probe('kernel-split-create');
      const op = record.operation;
      this.port.append({ kind: 'EXEC', requestId: record.requestId, operation: { ...op, indexes: [] } });
      this.port.sync();
      this.state.apply({ ...op, indexes: [] });
      for (const f of op.indexes) {
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ idx: record.requestId, collection: op.name, field: f }) });
        this.port.sync();
        this.state.collections.get(op.name)?.push(f);
      }
      this.decisions.set(record.requestId, { kind: 'EXEC' });
      return;
    }
    super.decideDurably(record);
  }
  onStart() {
    for (const r of this.port.records()) {
      if (r.kind === 'INTENT') { const d = JSON.parse(r.data); this.state.collections.get(d.collection)?.push(d.field); }
      else this.replay(r);
    }
  }
}
export default sut('kernel-split-create', { createKernel: (p, c) => new K(p, c) });
