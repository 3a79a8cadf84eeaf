// @ts-nocheck
// Bounded memory for duplicate detection: the control plane remembers only the last 8 request
// ids it challenged / dispatched / told expired. A late copy of an older submit is challenged
// again (unaudited), and a late copy of an older confirm is told "challenge expired" and audited
// as such rather than as the duplicate it is.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

const KEEP = 8;
function bound(set, name) {
  const add = set.add.bind(set);
  set.add = (v) => {
    add(v);
    while (set.size > KEEP) {
      const oldest = set.values().next().value;
      set.delete(oldest);
      probe('evict', name, oldest);
    }
    return set;
  };
}
class CP extends ControlPlane {
  constructor(port, config) {
    super(port, config);
    bound(this.seen, 'seen');
    bound(this.dispatched, 'dispatched');
    bound(this.expired, 'expired');
  }
}
export default sutWith('red27-cp-seen-set-bounded', CP);
