// @ts-nocheck
// CORRECT (unusual). Spec 7.2 (operator must investigate kernel state explicitly), 6.1 (operator must reissue): a timeout answer that tells the operator to ask first and re-issue only on the kernel's word.
// Structured fields are the reference's; the words are true.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('correct-timeout-ask-first', (m, ctx) => {
  if (m.source === 'timeout') return 'no reply from the kernel — outcome unknown; ask for its outcome first, and re-issue only if the kernel says it did not execute';
});
