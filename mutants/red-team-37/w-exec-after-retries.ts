// @ts-nocheck
// BROKEN. Spec 10 (no retries), 6.1: executed answer says it succeeded after 2 attempts (a retry that never happened).
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-exec-after-retries', (m, ctx) => {
  if (m.outcome === 'executed' && m.source === 'kernel-duplicate') return 'executed after 2 attempts';
});
