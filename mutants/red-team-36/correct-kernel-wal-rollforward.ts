// @ts-nocheck
// CORRECT (another design): the kernel writes an INTENT record (synced) before each EXEC, and on
// restart rolls forward an INTENT that has no decision — it appends and syncs the EXEC it was
// about to write. Spec 11 gives roll-forward to the kernel ("Those concepts belong to the kernel
// only"); the control plane still treats an unanswered dispatch as unknown and takes the outcome
// from kernel state (4.3, 7.2). A decision is still only reported once synced, and nothing
// executes that no operator confirmed.
import { Kernel, probe, sut } from './lib/common.ts';

class K extends Kernel {
  onStart() {
    const decided = new Set();
    const intents = [];
    for (const r of this.port.records()) {
      if (r.kind === 'INTENT') { intents.push(JSON.parse(r.data)); continue; }
      decided.add(r.requestId);
      this.replay(r);
    }
    for (const i of intents) {
      if (decided.has(i.requestId)) continue;
      decided.add(i.requestId);
      probe('correct-kernel-wal-rollforward', `path: rolls ${i.requestId} forward`);
      this.decideDurably({ kind: 'EXEC', requestId: i.requestId, operation: i.operation });
    }
  }
  decideDurably(record) {
    if (record.kind === 'EXEC' && !this.rolling) {
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ requestId: record.requestId, operation: record.operation }) });
      this.port.sync();
    }
    super.decideDurably(record);
  }
}
export default sut('correct-kernel-wal-rollforward', { createKernel: (p, c) => new K(p, c) });
