// @ts-nocheck
// MUTANT (9, 10): at start the control plane "carries forward" every outcome its audit log
// left unknown: it re-audits each one as a fresh kernel-timeout, stamped with its own start
// time, so that the newest audit records list what is still open. Each is a failure record
// with the wrong time for a failure that did not happen again (in-flight state recovered
// into the log).
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CP extends ControlPlane {
  onStart() {
    super.onStart();
    for (const id of [...this.unresolved]) this.audit('kernel-timeout', id, 'unknown');
  }
}
export default { ...reference, name: 'red18-cp-restart-carries-unknowns-forward', createControlPlane: (p, c) => new CP(p, c) };
