// @ts-nocheck
// breaks spec 9: a flush syncs only the batch's first record, then releases every held answer (the rest are appended unsynced).
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  hookAppend(record) {
    this.batch.buffer.push(record);
    this.batch.unsynced = true;
    this.arm();
  }
  flush() {
    const buf = this.batch.buffer;
    this.batch.buffer = [];
    if (buf.length > 0) this.disk.append(buf[0]);
    this.disk.sync();
    for (const r of buf.slice(1)) this.disk.append(r);
    if (buf.length > 1 && this.batch.held.length > 0) probe('partial-flush ' + buf.length + ' held=' + this.batch.held.length);
    this.batch.unsynced = false;
    this.releaseAll();
    if (buf.length > 1) { this.batch.timer = null; this.arm(); }
  }
}
export default makeSut('rt33 gc-partial-flush', M);
