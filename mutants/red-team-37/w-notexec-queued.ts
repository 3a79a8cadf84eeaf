// @ts-nocheck
// BROKEN. Spec 5.2/7.2, 10: fenced not-executed answer says the request is queued and will run later (it is fenced: it never will).
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-notexec-queued', (m, ctx) => {
  if (m.outcome === 'not-executed' && m.source === 'kernel-query' && m.rejection === null) return 'not executed yet — queued, it will run once the kernel catches up';
});
