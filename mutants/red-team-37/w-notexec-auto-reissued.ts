// @ts-nocheck
// BROKEN. Spec 2 (explicit operator re-issuance), 10: fenced not-executed answer claims the control plane re-issued it automatically.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-notexec-auto-reissued', (m, ctx) => {
  if (m.outcome === 'not-executed' && m.source === 'kernel-query' && m.rejection === null) return 'not executed; re-issued automatically under a new request id';
});
