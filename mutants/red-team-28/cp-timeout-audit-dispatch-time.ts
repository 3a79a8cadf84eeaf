// @ts-nocheck
// BROKEN: the kernel-timeout audit record carries the time the wait started (the dispatch),
// not the time the timeout happened.
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-timeout-audit-dispatch-time';
class CP extends ControlPlane {
  started = new Map();
  startKernelTimer(id) { this.started.set(id, this.port.now()); super.startKernelTimer(id); }
  audit(failure, requestId, outcome) {
    if (failure === 'kernel-timeout' && this.started.has(requestId)) {
      probe(N, `backdated ${requestId}`);
      const record = { kind: 'AUDIT', failure, timeMs: this.started.get(requestId), requestId, outcome };
      this.port.append(record); this.port.sync();
      this.unresolved.add(requestId);
      return;
    }
    super.audit(failure, requestId, outcome);
  }
}
export default sut(N, { cp: CP });
