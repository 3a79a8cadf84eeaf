// @ts-nocheck
// correct (spec 9): the batch syncs when it holds 3 records (in the step that appends the third), or after 15 ms; answers held until then.
import { GCBase, makeSut } from './lib/gcbase.ts';
class M extends GCBase {
  constructor(p, c) { super(p, c, 15); this.count = 0; }
  hookAppend(record) {
    super.hookAppend(record);
    this.count++;
    if (this.count >= 3) {
      this.count = 0;
      if (this.batch.timer !== null) { this.disk.cancelTimer(this.batch.timer); this.batch.timer = null; }
      this.flush();
    }
  }
  flush() { this.count = 0; super.flush(); }
}
export default makeSut('rt33 correct-size-flush', M);
