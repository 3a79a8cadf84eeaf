// @ts-nocheck
// BROKEN. Spec 7.2/11 (atomic; no partial): executed answer claims the operation is only partly applied: indexes still building.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-exec-index-pending', (m, ctx) => {
  if (m.outcome === 'executed') return 'executed (index build still in progress)';
});
