// @ts-nocheck
// BROKEN. Spec 9 (failure type): a fenced query that fenced the request (first=FENCE) is audited as "kernel-rejection"; the kernel rejected nothing.
import { cpSut, probe } from './lib/common.ts';
export default cpSut('a-fence-typed-rejection', {
  recv: (from, m, ctx) => { ctx.mem.set('last', m); },
  append: (r, ctx) => {
    const last = ctx.mem.get('last');
    if (r.kind === 'AUDIT' && r.failure === 'outcome-resolved' && last && last.kind === 'query-answer' && last.first.kind === 'FENCE') {
      probe('a-fence-typed-rejection', r.requestId);
      return { ...r, failure: 'kernel-rejection' };
    }
    return r;
  },
});
