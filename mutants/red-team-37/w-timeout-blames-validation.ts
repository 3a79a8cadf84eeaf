// @ts-nocheck
// BROKEN. Spec 9 (failure type explainable), 8.1: timeout text attributes the silence to the request being invalid.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-timeout-blames-validation', (m, ctx) => {
  if (m.source === 'timeout') return 'no reply from the kernel — outcome unknown; the request looked malformed';
});
