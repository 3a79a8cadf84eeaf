// @ts-nocheck
// breaks spec 9 (all failures logged): a failure identical (type, request) to one still unsynced in the batch is merged into it — not appended.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  hookAppend(record) {
    this.batch.pending = this.batch.pending || [];
    if (record.kind === 'AUDIT' && this.batch.unsynced && this.batch.pending.some((r) => r.failure === record.failure && r.requestId === record.requestId)) {
      probe('dedupe merged ' + record.failure + ' ' + record.requestId);
      return;
    }
    this.batch.pending.push(record);
    super.hookAppend(record);
  }
  flush() {
    this.batch.pending = [];
    super.flush();
  }
}
export default makeSut('rt33 gc-dedupe', M);
