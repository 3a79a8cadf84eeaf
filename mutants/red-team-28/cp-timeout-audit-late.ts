// @ts-nocheck
// BROKEN: on a kernel timeout the operator is told "unknown" at once, but the audit record
// is written only when the late kernel reply finally arrives ("then we know the outcome").
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-timeout-audit-late';
class CP extends ControlPlane {
  late = new Set();
  onTimer(name) {
    if (!this.timers.has(name)) return;
    this.timers.delete(name);
    probe(N, `timeout unaudited ${name}`);
    this.late.add(name);
    this.unresolved.add(name);
    this.answer(name, 'unknown', 'timeout', null, 'no reply from the kernel — outcome unknown');
  }
  onKernel(reply) {
    if (this.late.delete(reply.requestId)) this.audit('kernel-timeout', reply.requestId, 'unknown');
    super.onKernel(reply);
  }
}
export default sut(N, { cp: CP });
