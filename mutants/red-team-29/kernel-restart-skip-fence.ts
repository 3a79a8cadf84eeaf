// @ts-nocheck
// spec 4.3 / 5.2: on restart FENCE records are treated as query bookkeeping and not rebuilt, so a dispatch still in the network executes after the operator was told "not executed".
import { Kernel } from '../../src/kernel.ts';
import { probe, sut } from './_sut.ts';
class K extends Kernel {
  onStart() { for (const r of this.port.records()) { if (r.kind === 'FENCE') { probe('kernel-restart-skip-fence'); continue; } this.replay(r); } }
}
export default sut('kernel-restart-skip-fence', { createKernel: (p, c) => new K(p, c) });
