// @ts-nocheck
// BROKEN. Spec 7.2 (operator must investigate kernel state explicitly): timeout text tells the operator to re-submit at once, without asking the kernel (advice that invites double execution).
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-timeout-resubmit-now', (m, ctx) => {
  if (m.source === 'timeout') return 'no reply from the kernel — outcome unknown. Submit the same request again now.';
});
