// @ts-nocheck
// breaks spec 6.2/9: kernel-query and kernel-duplicate answers are not held — told while the audit record is unsynced.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  shouldHold(to, m) {
    const source = m.source;
    if (m.kind === 'answer' && this.batch.unsynced && ((source==='kernel-query'||source==='kernel-duplicate'))) {
      probe('leak-query ' + m.requestId + ' ' + m.outcome);
      return false;
    }
    return super.shouldHold(to, m);
  }
}
export default makeSut('rt33 gc-leak-query', M);
