// @ts-nocheck
// CORRECT (we believe): waits four times its configured kernel timeout before it gives up on
// the kernel. Later than configured, never earlier; every timeout is still audited and told.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './_sut.ts';

class CP extends ControlPlane {
  startKernelTimer(requestId) {
    this.stopKernelTimer(requestId);
    this.timers.set(requestId, this.port.setTimer(this.config.kernelTimeoutMs * 4, requestId));
  }
}
export default sutWith('red27-correct-late-kernel-timeout', CP);
