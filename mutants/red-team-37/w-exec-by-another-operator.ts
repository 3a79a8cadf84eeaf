// @ts-nocheck
// BROKEN. Spec 9 (explainable), 4.3: executed answer from a fenced query says another operator did it.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-exec-by-another-operator', (m, ctx) => {
  if (m.outcome === 'executed' && m.source === 'kernel-query') return 'executed — by another operator\'s session';
});
