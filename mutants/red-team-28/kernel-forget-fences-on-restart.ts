// @ts-nocheck
// Kernel: on restart it rebuilds state from EXEC and REJECT records only; FENCE records are
// treated as transient bookkeeping and skipped.
import { Kernel, probe, sut } from './_sut.ts';
const N = 'kernel-forget-fences-on-restart';
class K extends Kernel {
  onStart() {
    for (const r of this.port.records()) {
      if (r.kind === 'FENCE') { probe(N, `skip fence ${r.requestId}`); continue; }
      this.replay(r);
    }
  }
}
export default sut(N, { kernel: K });
