// @ts-nocheck
// Breaks 7.2 (a reply speaks of durable decisions only): the group-commit kernel caps its
// batch at 3 held replies; when the cap is reached it releases them at once "to bound
// latency", leaving the sync to the batch timer — the released decisions are not yet durable.
import { GroupCommitKernel } from './lib/gc-kernel.ts';
import { probe, sut } from './lib/common.ts';

class K extends GroupCommitKernel {
  hold(to, reply) {
    super.hold(to, reply);
    if (this.held.length >= 3) {
      probe('b33-gck-flush-when-full', `released ${this.held.length} replies before sync`);
      const held = this.held; this.held = [];
      for (const h of held) this.port.send(h.to, h.reply());
    }
  }
}
export default sut('b33-gck-flush-when-full', { createKernel: (p, c) => new K(p, c) });
