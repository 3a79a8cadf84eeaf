// @ts-nocheck
// spec 7.2 / 12 atomicity: rename is logged as "create the new name" then "drop the old name", synced separately; a crash between leaves both names.
import { Kernel } from '../../src/kernel.ts';
import { probe, sut } from './_sut.ts';
class K extends Kernel {
  decideDurably(record) {
    if (record.kind === 'EXEC' && record.operation.kind === 'rename-collection') {
      probe('kernel-split-rename');
      const op = record.operation;
      const idx = [...(this.state.collections.get(op.from) ?? [])];
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ add: op.to, idx }) });
      this.port.sync();
      this.state.collections.set(op.to, idx);
      this.port.append(record);
      this.port.sync();
      this.state.collections.delete(op.from);
      this.decisions.set(record.requestId, { kind: 'EXEC' });
      return;
    }
    super.decideDurably(record);
  }
  replay(record) {
    if (record.kind === 'EXEC' && record.operation.kind === 'rename-collection' && !this.decisions.has(record.requestId)) {
      this.state.collections.delete(record.operation.from);
      this.decisions.set(record.requestId, { kind: 'EXEC' });
      return;
    }
    super.replay(record);
  }
  onStart() {
    for (const r of this.port.records()) {
      if (r.kind === 'INTENT') { const d = JSON.parse(r.data); this.state.collections.set(d.add, d.idx); }
      else this.replay(r);
    }
  }
}
export default sut('kernel-split-rename', { createKernel: (p, c) => new K(p, c) });
