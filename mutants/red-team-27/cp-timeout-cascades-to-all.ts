// @ts-nocheck
// "The kernel is down": when one ask times out, every other outstanding ask is timed out with it
// (audited kernel-timeout, answered "unknown"), also asks sent a moment ago.
import { ControlPlane, KERNEL_TIMEOUT } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  onTimer(name, id) {
    if (!this.timers.has(name)) return;
    super.onTimer(name, id);
    for (const other of [...this.timers.keys()]) {
      probe('cascade', name, '->', other);
      this.stopKernelTimer(other);
      this.audit('kernel-timeout', other, 'unknown');
      this.answer(other, 'unknown', 'timeout', null, KERNEL_TIMEOUT);
    }
  }
}
export default sutWith('red27-cp-timeout-cascades-to-all', CP);
