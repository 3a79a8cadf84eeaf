// @ts-nocheck
// BROKEN: the timeout handler audits the request whose timer was started last (a shared
// "current request" field) instead of the one the timer belongs to.
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-timeout-wrong-request';
class CP extends ControlPlane {
  current = null;
  startKernelTimer(id) { this.current = id; super.startKernelTimer(id); }
  audit(failure, requestId, outcome) {
    if (failure === 'kernel-timeout' && this.current !== null && this.current !== requestId) {
      probe(N, `timeout of ${requestId} audited as ${this.current}`);
      requestId = this.current;
    }
    super.audit(failure, requestId, outcome);
  }
}
export default sut(N, { cp: CP });
