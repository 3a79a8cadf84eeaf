// @ts-nocheck
// BROKEN: holds observes while dispatches are outstanding; releases them on a kernel
// decision, but when a dispatch times out it clears the held list ("the kernel is gone").
import { probe, sut } from './_sut.ts';
import { HoldCP } from './_hold.ts';
const N = 'cp-observe-hold-dropped-on-timeout';
class CP extends HoldCP {
  afterSettle(how) {
    if (how === 'timeout') { if (this.held.length) probe(N, `drop ${this.held.length} held observes`); this.held = []; return; }
    super.afterSettle(how);
  }
}
export default sut(N, { cp: CP });
