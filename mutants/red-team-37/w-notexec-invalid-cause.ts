// @ts-nocheck
// BROKEN. Spec 9 (failure type), 8.1: fenced not-executed answer invents a cause: failed validation.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-notexec-invalid-cause', (m, ctx) => {
  if (m.outcome === 'not-executed' && m.source === 'kernel-query' && m.rejection === null) return 'not executed: the request failed validation';
});
