// @ts-nocheck
// CORRECT (different design): an observe waits only for the dispatches outstanding when it
// arrived (not for later ones), then reads.
import { probe, sut } from './_sut.ts';
import { HoldCP } from './_hold.ts';
const N = 'correct-observe-hold-own-writes';
class CP extends HoldCP {
  onHold(id) { probe(N, `hold ${id}`); }
  afterSettle() {
    const still = [];
    for (const h of this.held) {
      if (h.since.some((x) => this.outstanding.has(x))) still.push(h); else this.readFor(h);
    }
    this.held = still;
  }
}
export default sut(N, { cp: CP });
