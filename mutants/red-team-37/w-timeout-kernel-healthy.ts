// @ts-nocheck
// BROKEN. Spec 7.2, 9 (explainable): timeout text asserts the kernel is healthy and blames the network — a claim about kernel health nobody checked.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-timeout-kernel-healthy', (m, ctx) => {
  if (m.source === 'timeout') return 'no reply from the kernel — outcome unknown (kernel healthy; network congestion)';
});
