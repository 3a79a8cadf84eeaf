// @ts-nocheck
// BROKEN. Spec 6.2 (no duplicate execution): executed answer from a DUPLICATE says the action was applied twice.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-exec-twice', (m, ctx) => {
  if (m.outcome === 'executed' && m.source === 'kernel-duplicate') return 'executed (applied 2×)';
});
