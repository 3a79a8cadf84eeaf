// @ts-nocheck
// CORRECT (unusual). Spec 11: a fenced not-executed answer that denies a rollback, and nothing else.
// Structured fields are the reference's; the words are true.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('correct-denial-no-rollback', (m, ctx) => {
  if (m.outcome === 'not-executed' && m.source === 'kernel-query' && m.rejection === null) return 'not executed (fenced by the kernel); nothing was rolled back';
});
