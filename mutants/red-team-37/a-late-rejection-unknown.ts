// @ts-nocheck
// BROKEN. Spec 9 (outcome): a kernel rejection that arrives after the dispatch timed out is audited with outcome "unknown" (copied from the timeout record), though the kernel said REJECT.
import { cpSut, probe } from './lib/common.ts';
export default cpSut('a-late-rejection-unknown', {
  append: (r, ctx) => {
    if (r.kind !== 'AUDIT') return r;
    if (r.failure === 'kernel-timeout') ctx.mem.set(r.requestId, true);
    if (r.failure === 'kernel-rejection' && ctx.mem.has(r.requestId)) { probe('a-late-rejection-unknown', r.requestId); return { ...r, outcome: 'unknown' }; }
    return r;
  },
});
