// @ts-nocheck
// CORRECT alternative. The kernel checkpoints at every start: after replaying it appends (and
// syncs) a checkpoint of its data state and of every decision (EXEC, REJECT with its
// rejection, FENCE); a later start loads the latest checkpoint and replays only the records
// after it. What it holds after any restart is exactly what full replay would give.
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

const TAG = 'kernel-checkpoint:';

class CheckpointKernel extends Kernel {
  onStart() {
    const records = this.port.records();
    let from = 0;
    for (let i = records.length - 1; i >= 0; i--) {
      const r = records[i];
      if (r.kind === 'INTENT' && r.data.startsWith(TAG)) {
        const cp = JSON.parse(r.data.slice(TAG.length));
        for (const [name, indexes] of cp.collections) this.state.collections.set(name, [...indexes]);
        for (const [key, value] of cp.config) this.state.config.set(key, value);
        for (const [name, cols] of cp.snapshots) this.state.snapshots.set(name, [...cols]);
        for (const [id, d] of cp.decisions) this.decisions.set(id, d);
        from = i + 1;
        break;
      }
    }
    for (const r of records.slice(from)) if (r.kind !== 'INTENT') this.replay(r);
    this.port.append({ kind: 'INTENT', data: TAG + JSON.stringify({
      collections: [...this.state.collections], config: [...this.state.config], snapshots: [...this.state.snapshots],
      decisions: [...this.decisions],
    }) });
    this.port.sync();
  }
}
export default { ...reference, name: 'red14-correct-kernel-checkpoint', createKernel: (p, c) => new CheckpointKernel(p, c) };
