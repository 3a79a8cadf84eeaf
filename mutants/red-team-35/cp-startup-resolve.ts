// @ts-nocheck
// Control plane: on start, "to tidy up", it sends a fenced query for every outcome its audit log
// left unknown, so the log resolves them without waiting for an operator to ask. Each query fences
// a request no operator asked about (10: recovery is observation only; 11: no reconciliation).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  onStart() {
    super.onStart();
    for (const id of [...this.unresolved]) {
      probe('cp-startup-resolve', `fenced query for unresolved ${id} at start`);
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: id });
    }
  }
}
export default sutWith('cp-startup-resolve', { createControlPlane: (p, c) => new CP(p, c) });
