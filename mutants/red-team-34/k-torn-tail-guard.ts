// @ts-nocheck
// 7.2: on restart the kernel ignores the last record of its log "in case it is torn" unless
// it is followed by another one. A synced, acknowledged decision is forgotten after a crash:
// reads no longer show it and a late copy of its dispatch is decided again.
import { Kernel } from '../../src/kernel.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class K extends Kernel {
  onStart(): void {
    const self = this as any;
    const recs = self.port.records();
    for (let i = 0; i < recs.length - 1; i++) self.replay(recs[i]);
    if (recs.length > 0) {
      const last = recs[recs.length - 1];
      if (last.kind === 'EXEC' || last.kind === 'REJECT' || last.kind === 'FENCE') probe('k-torn-tail-guard', `${last.kind} ${last.requestId}`);
      else self.replay(last);
    }
  }
}
export default sut('k-torn-tail-guard', { createKernel: (p, c) => new K(p, c) });
