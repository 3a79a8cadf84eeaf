// @ts-nocheck
// BROKEN. Spec 8.1 (no auto-correct): validation rejection text claims the input was corrected and submitted.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-val-autocorrected', (m, ctx) => {
  if (m.source === 'validation') return m.text + ' — corrected and resubmitted for you';
});
