// @ts-nocheck
// breaks spec 6.2/9 (every detected duplicate is a failure, and all failures are logged): a request's duplicates are audited once — a later duplicate of a request whose log already holds a duplicate-request record is not logged.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  hookAppend(record) {
    if (record.kind === 'AUDIT' && record.failure === 'duplicate-request' &&
        this.disk.records().some((r) => r.kind === 'AUDIT' && r.failure === 'duplicate-request' && r.requestId === record.requestId)) {
      probe('dup-log-once skipped ' + record.requestId + ' ' + record.outcome);
      return;
    }
    super.hookAppend(record);
  }
}
export default makeSut('rt33 gc-dup-log-once', M);
