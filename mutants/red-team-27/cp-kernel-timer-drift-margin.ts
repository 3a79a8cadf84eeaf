// @ts-nocheck
// Arms the kernel timer at 97% of the configured timeout ("a safety margin for clock drift and
// for answering before the client gives up"): every kernel-timeout comes 3% early.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './_sut.ts';

class CP extends ControlPlane {
  startKernelTimer(requestId) {
    this.stopKernelTimer(requestId);
    this.timers.set(requestId, this.port.setTimer(Math.floor(this.config.kernelTimeoutMs * 0.97), requestId));
  }
}
export default sutWith('red27-cp-kernel-timer-drift-margin', CP);
