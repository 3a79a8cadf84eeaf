// @ts-nocheck
// Read-after-write holding, but held observes are looked at only when a client message arrives
// (the release check sits in the client handler): after the last write is answered they wait
// for some unrelated operator to type something.
import { HoldingControlPlane } from './_hold.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends HoldingControlPlane {
  onKernel(reply) {
    Object.getPrototypeOf(HoldingControlPlane.prototype).onKernel.call(this, reply);
    if (this.held.length > 0 && !this.mustHold()) probe('not-released-on-reply', this.held.length);
  }
  onTimer(name, id) {
    Object.getPrototypeOf(HoldingControlPlane.prototype).onTimer.call(this, name, id);
  }
}
export default sutWith('red27-cp-observe-release-on-next-client-message', CP);
