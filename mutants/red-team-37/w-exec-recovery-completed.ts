// @ts-nocheck
// BROKEN. Spec 10/11 (no roll-forward): executed answer from a fenced query says recovery completed the interrupted action.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-exec-recovery-completed', (m, ctx) => {
  if (m.outcome === 'executed' && m.source === 'kernel-query') return 'executed — recovery completed the interrupted action';
});
