// @ts-nocheck
// BROKEN. Spec 4.3, 9: executed answer makes a claim about the whole system state now: "database switched to read-only mode".
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from '../lib/common.ts';
export default cpTextSut('w-exec-readonly-state', (m, ctx) => {
  if (m.outcome === 'executed' && m.source === 'kernel-decision') return 'executed; database switched to read-only mode';
});
