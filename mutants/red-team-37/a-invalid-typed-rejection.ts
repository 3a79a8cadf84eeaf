// @ts-nocheck
// BROKEN. Spec 9 (failure type), 8.1: an invalid request is audited as "kernel-rejection" although the kernel never saw it.
import { cpSut, probe } from './lib/common.ts';
export default cpSut('a-invalid-typed-rejection', {
  append: (r, ctx) => {
    if (r.kind === 'AUDIT' && r.failure === 'invalid-request') { probe('a-invalid-typed-rejection', r.requestId); return { ...r, failure: 'kernel-rejection' }; }
    return r;
  },
});
