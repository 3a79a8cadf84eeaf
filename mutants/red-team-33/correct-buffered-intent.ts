// @ts-nocheck
// correct (spec 9): like correct-buffered-append, but each step writes an INTENT marker at once; the AUDIT records are appended and synced at the batch timer, before any held answer.
import { GCBase, makeSut } from './lib/gcbase.ts';
class M extends GCBase {
  hookAppend(record) {
    this.disk.append({ kind: 'INTENT', data: 'pending ' + record.requestId });
    this.batch.buffer.push(record);
    this.batch.unsynced = true;
    this.arm();
  }
  flush() {
    const buf = this.batch.buffer;
    this.batch.buffer = [];
    for (const r of buf) this.disk.append(r);
    this.disk.sync();
    this.batch.unsynced = false;
    this.releaseAll();
  }
}
export default makeSut('rt33 correct-buffered-intent', M);
