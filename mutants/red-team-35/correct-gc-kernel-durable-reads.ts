// @ts-nocheck
// CORRECT (unusual): a group-commit kernel whose reads are answered at once — not held for the
// batch's sync — from a second, durable copy of the state that only synced decisions reach. A
// read never shows an unsynced decision, and every decision told is synced before its reply, so a
// read is linearizable with every outcome told.
import { GcKernel } from './lib/gc-kernel.ts';
import { KernelState } from '../../src/kernel-state.ts';
import { sutWith } from './lib/sut.ts';
class K extends GcKernel {
  constructor(p, c) { super(p, c); this.durable = new KernelState(); this.pendingOps = []; this.durableIds = new Set(); }
  onStart() {
    super.onStart();
    for (const r of this.port.records()) this.applyDurable(r);
  }
  applyDurable(r) {
    if (r.kind !== 'EXEC' || this.durableIds.has(r.requestId)) return;
    this.durableIds.add(r.requestId);
    this.durable.apply(r.operation);
  }
  onMessage(from, message) {
    const n = this.port.records().length;
    super.onMessage(from, message);
    const recs = this.port.records();
    for (let i = n; i < recs.length; i++) this.pendingOps.push(recs[i]);
  }
  afterSync() {
    super.afterSync();
    for (const r of this.pendingOps) this.applyDurable(r);
    this.pendingOps = [];
  }
  replyRead(from, requestId) {
    this.port.send(from, { kind: 'state', requestId, state: this.durable.view() });
  }
}
export default sutWith('correct-gc-kernel-durable-reads', { createKernel: (p, c) => new K(p, c) });
