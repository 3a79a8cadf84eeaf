// @ts-nocheck
// spec 7.2 / 11: EXEC records are applied and acknowledged at once; the sync is batched onto a 2 ms timer, so a reply can reveal an execution a crash then loses.
import { Kernel } from '../../src/kernel.ts';
import { probe, sut } from './_sut.ts';
class K extends Kernel {
  pending = false;
  decideDurably(record) {
    if (record.kind === 'EXEC') {
      probe('kernel-group-commit');
      this.port.append(record);
      this.replay(record);
      if (!this.pending) { this.pending = true; this.port.setTimer(2, 'group-commit'); }
      return;
    }
    super.decideDurably(record);
  }
  onTimer(name) { if (name === 'group-commit' && this.pending) { this.pending = false; this.port.sync(); } }
}
export default sut('kernel-group-commit', { createKernel: (p, c) => new K(p, c) });
