// @ts-nocheck
// BROKEN. Spec 9, 13: fenced not-executed answer invents a cause: a kernel crash.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-notexec-kernel-crash-cause', (m, ctx) => {
  if (m.outcome === 'not-executed' && m.source === 'kernel-query' && m.rejection === null) return 'not executed because the kernel crashed while handling it';
});
