// @ts-nocheck
// Correct (different audit layout): before each dispatch the control plane appends (unsynced, never read back) an INTENT note naming the request and operation, for human forensics; recovery ignores it.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  startKernelTimer(id) {
    if (this.dispatched.has(id) && !this.timers.has(id)) { probe('correct-cp-intent-journal'); this.port.append({ kind: 'INTENT', data: JSON.stringify({ dispatched: id, at: this.port.now() }) }); }
    super.startKernelTimer(id);
  }
}
export default sut('correct-cp-intent-journal', { createControlPlane: (p, c) => new CP(p, c) });
