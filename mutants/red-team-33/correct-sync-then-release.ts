// @ts-nocheck
// correct (spec 9): the batch timer syncs; the answers that sync covered leave on a second timer (0 ms) in a later step. Answers held after the sync wait for the next one.
import { GCBase, makeSut } from './lib/gcbase.ts';
class M extends GCBase {
  constructor(p, c) { super(p, c); this.covered = []; this.releaseTimer = null; }
  onTimer(name, id) {
    if (name === 'rt33-release') {
      this.releaseTimer = null;
      const c = this.covered; this.covered = [];
      for (const { to, message } of c) this.release(to, message);
      return;
    }
    super.onTimer(name, id);
  }
  flush() {
    this.disk.sync();
    this.batch.unsynced = false;
    this.covered.push(...this.batch.held);
    this.batch.held = [];
    if (this.releaseTimer === null && this.covered.length > 0) this.releaseTimer = this.disk.setTimer(0, 'rt33-release');
  }
}
export default makeSut('rt33 correct-sync-then-release', M);
