// @ts-nocheck
// CORRECT: the same group-commit kernel as k-group-commit-dirty-reads, but a read first
// flushes (syncs and releases held replies), so no read shows an undurable decision.
import Dirty from './k-group-commit-dirty-reads.ts';
import { sut } from './lib/sut.ts';

export default sut('correct-kernel-group-commit-clean-reads', {
  createKernel: (p, c) => {
    const k: any = Dirty.createKernel(p, c);
    const on = k.onMessage.bind(k);
    k.onMessage = (from: number, m: any) => { if (m.kind === 'read') k.flush(); on(from, m); };
    return k;
  },
});
