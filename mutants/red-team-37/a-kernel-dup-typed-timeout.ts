// @ts-nocheck
// BROKEN. Spec 9 (failure type): the kernel's DUPLICATE reply is audited as failure "kernel-timeout" (a cause that did not happen); time, id and outcome are right.
import { cpSut, probe } from './lib/common.ts';
export default cpSut('a-kernel-dup-typed-timeout', {
  recv: (from, m, ctx) => { ctx.mem.set('last', m.kind); },
  append: (r, ctx) => {
    if (r.kind === 'AUDIT' && r.failure === 'duplicate-request' && ctx.mem.get('last') === 'duplicate') {
      probe('a-kernel-dup-typed-timeout', `${r.requestId} ${r.outcome}`);
      return { ...r, failure: 'kernel-timeout' };
    }
    return r;
  },
});
