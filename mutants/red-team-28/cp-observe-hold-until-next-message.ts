// @ts-nocheck
// BROKEN: holds observes while dispatches are outstanding; the release is checked only when
// the next client message arrives, so a held observe waits for an unrelated event.
import { probe, sut } from './_sut.ts';
import { HoldCP } from './_hold.ts';
const N = 'cp-observe-hold-until-next-message';
class CP extends HoldCP {
  afterSettle() {}
  onClient(client, m) {
    if (this.outstanding.size === 0 && this.held.length) {
      probe(N, `late release on ${m.kind}`);
      const ids = this.held.map((h) => h.requestId);
      this.releaseAll();
      if (m.kind === 'observe' && ids.includes(m.requestId)) return; // its read just went out
    }
    super.onClient(client, m);
  }
}
export default sut(N, { cp: CP });
