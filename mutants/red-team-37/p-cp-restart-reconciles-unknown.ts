// @ts-nocheck
// BROKEN. Spec 10/11 (no reconciliation; recovery is observation only) and 4.3 (MUST NOT guess):
// on restart the control plane "closes" every outcome its log left unknown by appending an
// outcome-resolved record with outcome "not-executed" ("it never got an answer, so it did not
// happen"), without asking the kernel.
import { ControlPlane } from '../../src/control-plane.ts';
import { reference } from '../../src/index.ts';
import { probe } from './lib/common.ts';
class Reconciling extends ControlPlane {
  constructor(port, config) { super(port, config); this.p = port; }
  onStart() {
    super.onStart();
    const open = [...this.unresolved];
    for (const id of open) {
      probe('p-cp-restart-reconciles-unknown', `${id} closed as not-executed at restart`);
      this.p.append({ kind: 'AUDIT', failure: 'outcome-resolved', timeMs: this.p.now(), requestId: id, outcome: 'not-executed' });
      this.unresolved.delete(id);
    }
    if (open.length > 0) this.p.sync();
  }
}
export default { ...reference, name: 'p-cp-restart-reconciles-unknown', createControlPlane: (port, config) => new Reconciling(port, config) };
