// @ts-nocheck
// "Settle before you look": observes are held while any challenge is pending (a mutation
// submitted but neither confirmed nor abandoned), so that the state shown is not about to
// change. An operator who walks away at a challenge holds everyone's observes forever.
import { HoldingControlPlane } from './_hold.ts';
import { sutWith } from './_sut.ts';

class CP extends HoldingControlPlane {
  mustHold() { return this.challenges.size > 0; }
}
export default sutWith('red27-cp-observe-waits-for-challenges', CP);
