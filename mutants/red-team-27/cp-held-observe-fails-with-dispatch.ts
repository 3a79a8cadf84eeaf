// @ts-nocheck
// Read-after-write holding, but when the write it waited behind times out, the held observes are
// failed with it ("the kernel is not answering") — told "unknown" with the timeout's text —
// instead of being read for: the kernel is never asked about them.
import { HoldingControlPlane } from './_hold.ts';
import { KERNEL_TIMEOUT } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends HoldingControlPlane {
  onTimer(name, id) {
    const timedOut = this.timers.has(name);
    Object.getPrototypeOf(HoldingControlPlane.prototype).onTimer.call(this, name, id);
    if (timedOut && this.held.length > 0) {
      const held = this.held;
      this.held = [];
      probe('fail-held', held.length);
      for (const { client, requestId } of held) {
        this.port.send(client, { kind: 'answer', requestId, outcome: 'unknown', source: 'timeout', rejection: null, text: KERNEL_TIMEOUT });
      }
      return;
    }
    this.maybeRelease();
  }
}
export default sutWith('red27-cp-held-observe-fails-with-dispatch', CP);
