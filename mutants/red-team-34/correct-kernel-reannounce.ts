// @ts-nocheck
// CORRECT? (unusual kernel): after a restart the kernel re-sends the decision of the last
// dispatch in its durable log to the control plane, in case the crash came between its sync
// and its reply. It states only a durable, first decision; it executes nothing again
// (recovery belongs to the kernel, spec 11).
import { Kernel } from '../../src/kernel.ts';
import { sut } from './lib/sut.ts';

class K extends Kernel {
  onStart(): void {
    super.onStart();
    const self = this as any;
    const recs = self.port.records();
    for (let i = recs.length - 1; i >= 0; i--) {
      const r = recs[i];
      if (r.kind === 'EXEC' || r.kind === 'REJECT') {
        self.port.send(self.config.controlPlane, { kind: 'decision', requestId: r.requestId, decision: self.decisions.get(r.requestId) });
        break;
      }
    }
  }
}
export default sut('correct-kernel-reannounce', { createKernel: (p, c) => new K(p, c) });
