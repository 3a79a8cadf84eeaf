// @ts-nocheck
// BROKEN. Spec 11 (no rollback): not-executed answer from a fenced query says partial changes were rolled back.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-notexec-rolled-back', (m, ctx) => {
  if (m.outcome === 'not-executed' && m.source === 'kernel-query' && m.rejection === null) return 'not executed — partial changes were rolled back';
});
