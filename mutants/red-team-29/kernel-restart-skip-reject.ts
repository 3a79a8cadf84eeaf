// @ts-nocheck
// spec 6.2 / 7.1 "kernel rejection is final": on restart REJECT records are not rebuilt (only EXEC/FENCE), so a late copy of a rejected dispatch is decided afresh and may execute.
import { Kernel } from '../../src/kernel.ts';
import { probe, sut } from './_sut.ts';
class K extends Kernel {
  onStart() { for (const r of this.port.records()) { if (r.kind === 'REJECT') { probe('kernel-restart-skip-reject'); continue; } this.replay(r); } }
}
export default sut('kernel-restart-skip-reject', { createKernel: (p, c) => new K(p, c) });
