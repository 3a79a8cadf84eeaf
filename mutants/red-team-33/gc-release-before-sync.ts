// @ts-nocheck
// breaks spec 9 (logged before told): the batch timer sends the held answers first, then syncs.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  flush() {
    if (this.batch.held.length > 0) probe('release-before-sync ' + this.batch.held.length);
    this.batch.unsynced = false;
    this.releaseAll();
    this.disk.sync();
  }
}
export default makeSut('rt33 gc-release-before-sync', M);
