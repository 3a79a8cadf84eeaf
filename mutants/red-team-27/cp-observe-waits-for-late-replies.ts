// @ts-nocheck
// Holds observes until every dispatch and fenced query has been answered by the kernel — also
// those that already timed out. A dispatch the network lost is never answered: observes are
// then held forever.
import { HoldingControlPlane } from './_hold.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends HoldingControlPlane {
  unanswered = new Set();
  mustHold() { return this.unanswered.size > 0; }
  startKernelTimer(requestId) {
    this.unanswered.add(requestId);
    super.startKernelTimer(requestId);
  }
  onKernel(reply) {
    if (reply.kind !== 'state') this.unanswered.delete(reply.requestId);
    super.onKernel(reply);
  }
  onTimer(name, id) {
    if (this.timers.has(name) && this.held.length > 0) probe('timed-out-still-holding', name);
    super.onTimer(name, id);
  }
}
export default sutWith('red27-cp-observe-waits-for-late-replies', CP);
