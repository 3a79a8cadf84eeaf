// @ts-nocheck
// breaks spec 7.1/9: kernel-rejection answers are not held — told while the audit record is unsynced.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  shouldHold(to, m) {
    const source = m.source;
    if (m.kind === 'answer' && this.batch.unsynced && (source==='kernel-decision'&&m.rejection!==null)) {
      probe('leak-rejection ' + m.requestId + ' ' + m.outcome);
      return false;
    }
    return super.shouldHold(to, m);
  }
}
export default makeSut('rt33 gc-leak-rejection', M);
