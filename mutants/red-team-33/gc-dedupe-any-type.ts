// @ts-nocheck
// breaks spec 6.2/9 (every failure logged under its own type): a duplicate of a request whose batch already holds an unsynced record of it (any type) is folded into that record — not appended.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  hookAppend(record) {
    this.batch.pending = this.batch.pending || [];
    if (record.kind === 'AUDIT' && record.failure === 'duplicate-request' && this.batch.unsynced && this.batch.pending.some((r) => r.requestId === record.requestId)) {
      probe('dedupe-any-type folded duplicate-request ' + record.requestId + ' into ' + this.batch.pending.filter((r) => r.requestId === record.requestId).map((r) => r.failure).join(','));
      return;
    }
    this.batch.pending.push(record);
    super.hookAppend(record);
  }
  flush() { this.batch.pending = []; super.flush(); }
}
export default makeSut('rt33 gc-dedupe-any-type', M);
