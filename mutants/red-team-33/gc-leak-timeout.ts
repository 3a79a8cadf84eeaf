// @ts-nocheck
// breaks spec 6.1/7.2/9: kernel-timeout answers are not held — told while the audit record is unsynced.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  shouldHold(to, m) {
    const source = m.source;
    if (m.kind === 'answer' && this.batch.unsynced && (source==='timeout')) {
      probe('leak-timeout ' + m.requestId + ' ' + m.outcome);
      return false;
    }
    return super.shouldHold(to, m);
  }
}
export default makeSut('rt33 gc-leak-timeout', M);
