// @ts-nocheck
// breaks spec 8.1/9: validation answers (invalid-request) are not held — told while the audit record is unsynced.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  shouldHold(to, m) {
    const source = m.source;
    if (m.kind === 'answer' && this.batch.unsynced && (source==='validation')) {
      probe('leak-validation ' + m.requestId + ' ' + m.outcome);
      return false;
    }
    return super.shouldHold(to, m);
  }
}
export default makeSut('rt33 gc-leak-validation', M);
