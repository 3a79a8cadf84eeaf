// @ts-nocheck
// Correct (different log format): every kernel decision is written as one INTENT record carrying the decision as JSON; rebuilt from it on start. Same append-sync-then-apply discipline.
import { Kernel } from '../../src/kernel.ts';
import { probe, sut } from './_sut.ts';
class K extends Kernel {
  onStart() {
    for (const r of this.port.records()) {
      if (r.kind === 'INTENT') { probe('correct-kernel-intent-log:replay'); this.replay(JSON.parse(r.data)); }
      else this.replay(r);
    }
  }
  decideDurably(record) {
    probe('correct-kernel-intent-log');
    this.port.append({ kind: 'INTENT', data: JSON.stringify(record) });
    this.port.sync();
    this.replay(record);
  }
}
export default sut('correct-kernel-intent-log', { createKernel: (p, c) => new K(p, c) });
