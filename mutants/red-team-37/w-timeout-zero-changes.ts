// @ts-nocheck
// BROKEN. Spec 6.1/7.2: timeout text with numbers: "0 changes applied".
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-timeout-zero-changes', (m, ctx) => {
  if (m.source === 'timeout') return 'no reply from the kernel — outcome unknown; 0 changes applied';
});
