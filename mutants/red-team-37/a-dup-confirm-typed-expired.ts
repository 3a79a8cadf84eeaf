// @ts-nocheck
// BROKEN. Spec 9 (failure type), 6.2: a copy of a confirm arriving after its request was dispatched is audited as "challenge-expired" instead of "duplicate-request".
import { cpSut, probe } from './lib/common.ts';
export default cpSut('a-dup-confirm-typed-expired', {
  recv: (from, m, ctx) => { ctx.mem.set('last', m.kind); },
  append: (r, ctx) => {
    if (r.kind === 'AUDIT' && r.failure === 'duplicate-request' && ctx.mem.get('last') === 'confirm') { probe('a-dup-confirm-typed-expired', r.requestId); return { ...r, failure: 'challenge-expired' }; }
    return r;
  },
});
