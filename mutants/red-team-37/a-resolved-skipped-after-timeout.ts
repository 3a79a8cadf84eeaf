// @ts-nocheck
// BROKEN. Spec 9: a late kernel decision that resolves an earlier "unknown" (timeout) is answered but its outcome-resolved audit record is skipped ("already logged").
import { cpSut, probe } from './lib/common.ts';
export default cpSut('a-resolved-skipped-after-timeout', {
  recv: (from, m, ctx) => { ctx.mem.set('last', m.kind); },
  append: (r, ctx) => {
    if (r.kind !== 'AUDIT') return r;
    if (r.failure === 'kernel-timeout') ctx.mem.set(r.requestId, true);
    if (r.failure === 'outcome-resolved' && ctx.mem.get('last') === 'decision' && ctx.mem.has(r.requestId)) { probe('a-resolved-skipped-after-timeout', r.requestId); return null; }
    return r;
  },
});
