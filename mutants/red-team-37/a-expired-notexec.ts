// @ts-nocheck
// BROKEN. Spec 9 (outcome), 4.2/5.x: a confirm for another incarnation's challenge is audited "not-executed", though that incarnation may have dispatched it.
import { cpSut, probe } from './lib/common.ts';
export default cpSut('a-expired-notexec', {
  append: (r, ctx) => {
    if (r.kind === 'AUDIT' && r.failure === 'challenge-expired') { probe('a-expired-notexec', r.requestId); return { ...r, outcome: 'not-executed' }; }
    return r;
  },
});
