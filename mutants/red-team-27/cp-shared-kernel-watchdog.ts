// @ts-nocheck
// One kernel watchdog timer for every outstanding ask: started by the first ask when none is
// outstanding, and when it fires every ask still outstanding is timed out together — also
// asks made long after the watchdog was armed (their timeout comes early).
import { ControlPlane, KERNEL_TIMEOUT } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  watchdog = 0;
  startKernelTimer(requestId) {
    this.timers.set(requestId, -1); // outstanding, covered by the watchdog
    if (this.watchdog === 0) this.watchdog = this.port.setTimer(this.config.kernelTimeoutMs, '__watchdog');
  }
  stopKernelTimer(requestId) {
    this.timers.delete(requestId);
    if (this.timers.size === 0 && this.watchdog !== 0) {
      this.port.cancelTimer(this.watchdog);
      this.watchdog = 0;
    }
  }
  onTimer(name) {
    if (name !== '__watchdog') return;
    this.watchdog = 0;
    const ids = [...this.timers.keys()];
    if (ids.length > 1) probe('shared-watchdog', ids.length);
    for (const id of ids) {
      this.timers.delete(id);
      this.audit('kernel-timeout', id, 'unknown');
      this.answer(id, 'unknown', 'timeout', null, KERNEL_TIMEOUT);
    }
  }
}
export default sutWith('red27-cp-shared-kernel-watchdog', CP);
