// @ts-nocheck
// breaks spec 10/11 (restart = observe only; no roll-forward): each audit record is written ahead as a synced INTENT; a restart re-appends the audit records the crash lost.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  hookAppend(record) {
    if (record.kind === 'AUDIT') {
      this.disk.append({ kind: 'INTENT', data: JSON.stringify(record) });
      this.disk.sync();
    }
    super.hookAppend(record);
  }
  onStart() {
    const recs = this.disk.records();
    const have = new Set(recs.filter((r) => r.kind === 'AUDIT').map((r) => JSON.stringify(r)));
    const seenIntent = new Map();
    for (const r of recs) if (r.kind === 'INTENT') seenIntent.set(r.data, (seenIntent.get(r.data) || 0) + 1);
    let n = 0;
    for (const r of recs) {
      if (r.kind !== 'INTENT') continue;
      if (have.has(r.data) || seenIntent.get(r.data) > 1) continue;
      const a = JSON.parse(r.data);
      this.disk.append({ kind: 'INTENT', data: r.data });
      probe('restore-audit ' + a.failure + ' ' + a.requestId + ' ' + a.outcome);
      this.disk.append({ ...a, timeMs: this.disk.now() });
      have.add(r.data);
      n++;
    }
    if (n > 0) this.disk.sync();
    super.onStart();
  }
}
export default makeSut('rt33 gc-restore-audit-on-start', M);
