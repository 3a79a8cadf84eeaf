// @ts-nocheck
// BROKEN. Spec 9 (outcome), 6.2: a duplicate submit is audited as "not-executed" — but by the time a copy of a submit arrives the original may have been confirmed and executed.
import { cpSut, probe } from './lib/common.ts';
export default cpSut('a-dup-submit-notexec', {
  send: (to, m, ctx) => { if (m.kind === 'dispatch') ctx.mem.set('d:' + m.requestId, true); return m; },
  // the kernel's first decisions this incarnation heard of: REJECT/FENCE make "not-executed" true
  recv: (from, m, ctx) => {
    ctx.mem.set('last', m.kind);
    const first = m.kind === 'decision' ? m.decision : m.kind === 'duplicate' || m.kind === 'query-answer' ? m.first : null;
    if (first && first.kind !== 'EXEC') ctx.mem.set('no:' + m.requestId, true);
  },
  append: (r, ctx) => {
    if (r.kind === 'AUDIT' && r.failure === 'duplicate-request' && ctx.mem.get('last') === 'submit') {
      if (ctx.mem.has('d:' + r.requestId) && !ctx.mem.has('no:' + r.requestId)) probe('a-dup-submit-notexec', `${r.requestId} dispatched, audited not-executed`);
      return { ...r, outcome: 'not-executed' };
    }
    return r;
  },
});
