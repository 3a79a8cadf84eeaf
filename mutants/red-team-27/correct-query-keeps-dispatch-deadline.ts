// @ts-nocheck
// CORRECT (we believe): an outcome query about a request whose dispatch is still outstanding
// does not restart the kernel timer: the request times out at the dispatch's deadline — the
// earliest unanswered ask — as it would have without the question.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  startKernelTimer(requestId) {
    if (this.timers.has(requestId)) {
      probe('keep-deadline', requestId);
      return;
    }
    super.startKernelTimer(requestId);
  }
}
export default sutWith('red27-correct-query-keeps-dispatch-deadline', CP);
