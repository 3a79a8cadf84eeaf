// @ts-nocheck
// Kernel: every 4th decision it writes a checkpoint of its data state (INTENT), and on restart it
// loads the last checkpoint and replays only the records after it — but the checkpoint holds the
// data, not the table of decisions. A request decided before the checkpoint is unknown after a
// restart: a late copy of its dispatch runs again, and a fenced query about it fences an executed
// request (6.2; 4.3, 7.2).
import { BaseKernel } from './lib/kernel.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class K extends BaseKernel {
  onStart() {
    const recs = this.port.records();
    let at = -1;
    recs.forEach((r, i) => { if (r.kind === 'INTENT' && JSON.parse(r.data).t === 'checkpoint') at = i; });
    this.forgotten = new Set();
    if (at >= 0) {
      const v = JSON.parse(recs[at].data).state;
      for (const c of v.collections) this.state.collections.set(c.name, [...c.indexes]);
      for (const c of v.config) this.state.config.set(c.key, c.value);
      for (const s of v.snapshots) this.state.snapshots.set(s.name, [...s.collections]);
      for (let i = 0; i < at; i++) if (recs[i].kind !== 'INTENT') this.forgotten.add(recs[i].requestId);
    }
    for (let i = at + 1; i < recs.length; i++) this.replay(recs[i]);
    this.count = 0;
  }
  decideDurably(record) {
    super.decideDurably(record);
    this.count = (this.count ?? 0) + 1;
    if (this.count % 4 === 0) {
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'checkpoint', state: this.state.view() }) });
      this.port.sync();
    }
  }
  onMessage(from, message) {
    if ((message.kind === 'dispatch' || message.kind === 'fenced-query') && this.forgotten?.has(message.requestId) && !this.decisions.has(message.requestId)) {
      probe('k-checkpoint-forgets-decisions', `${message.kind} ${message.requestId} decided before the checkpoint, decided again`);
    }
    super.onMessage(from, message);
  }
}
export default sutWith('k-checkpoint-forgets-decisions', { createKernel: (p, c) => new K(p, c) });
