// @ts-nocheck
// BROKEN. Spec 9 (failure type): when a fenced outcome query resolves a request (outcome-resolved),
// the record is typed "duplicate-request" ("the operator asked twice") — no duplicate happened.
import { cpSut, probe } from './lib/common.ts';
export default cpSut('a-resolved-typed-duplicate', {
  recv: (from, m, ctx) => { ctx.mem.set('last', m.kind); },
  append: (r, ctx) => {
    if (r.kind === 'AUDIT' && r.failure === 'outcome-resolved' && ctx.mem.get('last') === 'query-answer') { probe('a-resolved-typed-duplicate', r.requestId); return { ...r, failure: 'duplicate-request' }; }
    return r;
  },
});
