// @ts-nocheck
// The kernel checkpoints at every start: after replaying it appends (and syncs) a
// checkpoint of its data state and of the ids it EXECUTED, and a later start loads the
// latest checkpoint and replays only the records after it. The checkpoint leaves out the
// REJECT and FENCE decisions ("they do not change state"). So from the second restart on,
// a request rejected or fenced before the checkpoint is undecided again: a late copy of
// its dispatch executes it. Breaks 6.2 (duplicates rejected deterministically), 7.1
// (rejection is final), 5.2/4.3 (a fenced, not-executed request executes afterwards).
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
        for (const id of cp.executed) this.decisions.set(id, { kind: 'EXEC' });
        from = i + 1;
        break;
      }
    }
    for (const r of records.slice(from)) if (r.kind !== 'INTENT') this.replay(r);
    const executed = [...this.decisions].filter(([, d]) => d.kind === 'EXEC').map(([id]) => id);
    this.port.append({ kind: 'INTENT', data: TAG + JSON.stringify({
      collections: [...this.state.collections], config: [...this.state.config], snapshots: [...this.state.snapshots], executed,
    }) });
    this.port.sync();
  }
}
export default { ...reference, name: 'red14-kernel-checkpoint-keeps-exec-ids-only', createKernel: (p, c) => new CheckpointKernel(p, c) };
