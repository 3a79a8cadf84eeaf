// @ts-nocheck
// breaks spec 9 ("logged") and leaves answers held forever: the batch timer is armed only for the incarnation's first batch, so later records are never synced and later answers never leave.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  arm() {
    if (this.armedOnce) { if (!this.told) { this.told = true; probe('arm-once: batch not re-armed'); } return; }
    this.armedOnce = true;
    super.arm();
  }
}
export default makeSut('rt33 gc-arm-once', M);
