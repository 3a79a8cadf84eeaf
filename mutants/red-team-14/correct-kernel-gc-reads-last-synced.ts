// @ts-nocheck
// CORRECT alternative. Group commit (decide and apply at once, one sync per batch, decision
// replies held until it), and reads answered at once from a second copy of the state that
// holds only synced decisions (advanced at each sync). A read never shows an unsynced
// change, and every decision acknowledged before it was sent is in it.
import { GroupCommitKernel } from './correct-kernel-gc-view-at-hold.ts';
import { KernelState } from '../../src/kernel-state.ts';
import { reference } from '../../src/index.ts';

class LastSyncedReadKernel extends GroupCommitKernel {
  synced = new KernelState();
  batch = [];
  onStart() {
    super.onStart();
    const seen = new Set();
    for (const r of this.port.records()) {
      if (seen.has(r.requestId)) continue;
      seen.add(r.requestId);
      if (r.kind === 'EXEC') this.synced.apply(r.operation);
    }
  }
  onMessage(from, message) {
    if (message.kind === 'read') {
      this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.synced.view() });
      return;
    }
    const before = this.port.records().length;
    super.onMessage(from, message);
    const records = this.port.records();
    for (let i = before; i < records.length; i++) if (records[i].kind === 'EXEC') this.batch.push(records[i].operation);
  }
  onTimer(name, id) {
    this.timer = null;
    this.port.sync();
    for (const op of this.batch) this.synced.apply(op);
    this.batch = [];
    const held = this.held; this.held = [];
    for (const { to, reply } of held) this.port.send(to, reply());
  }
}
export default { ...reference, name: 'red14-correct-kernel-gc-reads-last-synced', createKernel: (p, c) => new LastSyncedReadKernel(p, c) };
