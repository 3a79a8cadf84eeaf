// @ts-nocheck
// CORRECT (we believe): one kernel watchdog for every outstanding ask, restarted by every ask.
// When it fires the kernel has been silent to every outstanding ask for at least the kernel
// timeout since the latest ask, so each is timed out no earlier than its own deadline (maybe
// later: the kernel is treated as one unit).
import { ControlPlane, KERNEL_TIMEOUT } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  watchdog = 0;
  startKernelTimer(requestId) {
    this.timers.set(requestId, -1);
    if (this.watchdog !== 0) this.port.cancelTimer(this.watchdog);
    this.watchdog = this.port.setTimer(this.config.kernelTimeoutMs, '__watchdog');
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
    if (ids.length > 1) probe('restarted-watchdog', ids.length);
    for (const id of ids) {
      this.timers.delete(id);
      this.audit('kernel-timeout', id, 'unknown');
      this.answer(id, 'unknown', 'timeout', null, KERNEL_TIMEOUT);
    }
  }
}
export default sutWith('red27-correct-watchdog-restarted-per-ask', CP);
