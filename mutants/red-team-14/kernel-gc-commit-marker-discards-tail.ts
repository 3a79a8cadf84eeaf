// @ts-nocheck
// Group-commit kernel (examples/group-commit-kernel.ts: decide and apply at once, one sync
// per batch, every reply held until it) that closes each batch with a commit marker
// (an INTENT record) before the sync, as many write-ahead logs do, and on restart ignores
// every record after the last marker: "an uncommitted batch never happened". But a crash
// may leave some of those records on disk, and a record on disk is kernel durability: the
// log says EXEC r, while the restarted kernel neither holds r's effect nor its decision —
// a fenced query fences r ("not executed") and a late copy of its dispatch executes it.
// Breaks 5.2 / 7.2 ("not executed unless kernel durability proves otherwise": here it
// proves otherwise) and 6.2.
import { GroupCommitKernel } from './correct-kernel-gc-view-at-hold.ts';
import { reference } from '../../src/index.ts';

const MARK = 'kernel-commit';

class CommitMarkerKernel extends GroupCommitKernel {
  onStart() {
    const records = this.port.records();
    let end = 0;
    for (let i = 0; i < records.length; i++) if (records[i].kind === 'INTENT' && records[i].data === MARK) end = i;
    for (const r of records.slice(0, end)) if (r.kind !== 'INTENT') this.apply(r);
  }
  onMessage(from, message) {
    if (message.kind === 'read') {
      this.hold(from, () => ({ kind: 'state', requestId: message.requestId, state: this.state.view() }));
      return;
    }
    super.onMessage(from, message);
  }
  onTimer(name, id) {
    this.timer = null;
    this.port.append({ kind: 'INTENT', data: MARK });
    this.port.sync();
    const held = this.held; this.held = [];
    for (const { to, reply } of held) this.port.send(to, reply());
  }
}
export default { ...reference, name: 'red14-kernel-gc-commit-marker-discards-tail', createKernel: (p, c) => new CommitMarkerKernel(p, c) };
