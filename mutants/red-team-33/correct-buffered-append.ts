// @ts-nocheck
// correct (spec 9): audit records are buffered in memory; the batch timer appends them, syncs, and only then releases the held answers.
import { GCBase, makeSut } from './lib/gcbase.ts';
class M extends GCBase {
  hookAppend(record) {
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
export default makeSut('rt33 correct-buffered-append', M);
