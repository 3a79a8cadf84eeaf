// @ts-nocheck
// breaks spec 9: every timer (also a kernel timeout) "flushes" the held answers, but only the batch timer syncs.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  onOtherTimer(name, id) {
    super.onOtherTimer(name, id);
    if (this.batch.held.length > 0 && this.batch.unsynced) probe('flush-any-timer ' + name + ' ' + this.batch.held.length);
    this.releaseAll();
  }
}
export default makeSut('rt33 gc-flush-any-timer', M);
