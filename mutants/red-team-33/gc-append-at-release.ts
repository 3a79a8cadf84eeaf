// @ts-nocheck
// breaks spec 9: records are buffered in memory and appended at release time, after the sync, so the answer goes out before its record is durable.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  hookAppend(record) {
    this.batch.buffer.push(record);
    this.batch.unsynced = true;
    this.arm();
  }
  flush() {
    this.disk.sync();
    this.batch.timer = null;
    const buf = this.batch.buffer;
    this.batch.buffer = [];
    for (const r of buf) this.disk.append(r);
    if (buf.length > 0 && this.batch.held.length > 0) probe('append-at-release ' + buf.length + ' ' + this.batch.held.length);
    this.batch.unsynced = false;
    this.releaseAll();
    if (buf.length > 0) { this.batch.unsynced = true; this.arm(); }
  }
}
export default makeSut('rt33 gc-append-at-release', M);
