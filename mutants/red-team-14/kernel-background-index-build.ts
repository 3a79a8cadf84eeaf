// @ts-nocheck
// The kernel logs create-collection as one EXEC record (atomic on disk, replayed whole),
// but in memory builds the collection's indexes in the background: the collection appears
// at once with no indexes, and its indexes 25 ms later. The EXEC is acknowledged before the
// build: reads in between show a partially applied operation, and decisions in between
// (create-index, rename, snapshot) see the half-built collection. Breaks 12 / 8.2 "no
// partial execution" and 4.3.
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

const BUILD_MS = 25;

class BackgroundBuildKernel extends Kernel {
  builds = new Map();
  onStart() { this.starting = true; super.onStart(); this.starting = false; }
  replay(record) {
    if (!this.starting && record.kind === 'EXEC' && record.operation.kind === 'create-collection' && record.operation.indexes.length > 0
        && !this.decisions.has(record.requestId)) {
      const op = record.operation;
      super.replay({ ...record, operation: { ...op, indexes: [] } });
      const t = this.port.setTimer(BUILD_MS, 'build');
      this.builds.set(t, op);
      return;
    }
    super.replay(record);
  }
  onTimer(name, id) {
    const op = this.builds.get(id);
    if (op === undefined) return;
    this.builds.delete(id);
    const indexes = this.state.collections.get(op.name);
    if (indexes !== undefined) for (const f of op.indexes) indexes.push(f);
  }
}
export default { ...reference, name: 'red14-kernel-background-index-build', createKernel: (p, c) => new BackgroundBuildKernel(p, c) };
