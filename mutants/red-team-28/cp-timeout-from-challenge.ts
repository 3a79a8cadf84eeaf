// @ts-nocheck
// BROKEN: the kernel timeout is measured from when the challenge was issued, not from the
// dispatch: an operator who took a while to confirm gets "unknown" (and a kernel-timeout
// audit) before the kernel had its time to answer.
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-timeout-from-challenge';
class CP extends ControlPlane {
  issued = new Map();
  onClient(client, m) {
    if (m.kind === 'submit' && !this.seen.has(m.requestId)) this.issued.set(m.requestId, this.port.now());
    super.onClient(client, m);
  }
  startKernelTimer(id) {
    this.stopKernelTimer(id);
    const t0 = this.issued.get(id);
    let delay = this.config.kernelTimeoutMs;
    if (t0 !== undefined) { delay = Math.max(1, this.config.kernelTimeoutMs - (this.port.now() - t0)); this.issued.delete(id); if (delay < this.config.kernelTimeoutMs) probe(N, `short timer ${id} ${delay}`); }
    this.timers.set(id, this.port.setTimer(delay, id));
  }
}
export default sut(N, { cp: CP });
