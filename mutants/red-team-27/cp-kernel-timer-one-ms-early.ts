// @ts-nocheck
// Off by one: the kernel timer is armed for kernelTimeoutMs - 1 ("the deadline is inclusive").
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  startKernelTimer(requestId) {
    this.stopKernelTimer(requestId);
    probe('one-ms-early', requestId);
    this.timers.set(requestId, this.port.setTimer(this.config.kernelTimeoutMs - 1, requestId));
  }
}
export default sutWith('red27-cp-kernel-timer-one-ms-early', CP);
