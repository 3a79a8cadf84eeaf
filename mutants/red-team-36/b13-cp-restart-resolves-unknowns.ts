// @ts-nocheck
// Breaks 10 ("Recovery means restart and resume observation only"; "No in-flight state is
// recovered") and 11 ("MUST NOT attempt reconciliation"): on start the control plane reads
// the outcomes its audit log left "unknown" and fences each of them at the kernel, on its own,
// to reconcile its log — altering kernel state (FENCE records) no operator asked for.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  onStart() {
    super.onStart();
    for (const requestId of [...this.unresolved].sort()) {
      probe('b13-cp-restart-resolves-unknowns', requestId);
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId });
    }
  }
}
export default sut('b13-cp-restart-resolves-unknowns', { createControlPlane: (p, c) => new CP(p, c) });
