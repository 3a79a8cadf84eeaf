// @ts-nocheck
// correct (spec 9): kernel replies are queued and handled at the next batch tick; the records they make are synced, and their answers released, one tick later.
import { GCBase, makeSut, GROUP_TIMER } from './lib/gcbase.ts';
class M extends GCBase {
  constructor(p, c) { super(p, c); this.queue = []; this.qTimer = null; }
  onMessage(from, message) {
    if (from === this.config.kernel) {
      this.queue.push({ from, message });
      if (this.qTimer === null) this.qTimer = this.disk.setTimer(3, 'rt33-kq');
      return;
    }
    super.onMessage(from, message);
  }
  onTimer(name, id) {
    if (name === 'rt33-kq') {
      this.qTimer = null;
      const q = this.queue; this.queue = [];
      for (const { from, message } of q) super.onMessage(from, message);
      return;
    }
    super.onTimer(name, id);
  }
}
export default makeSut('rt33 correct-defer-kernel-reply', M);
