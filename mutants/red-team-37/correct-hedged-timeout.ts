// @ts-nocheck
// CORRECT (unusual). Spec 6.1/7.2, 13: a timeout answer that hedges honestly: it may have executed or may not; the operator should ask.
// Structured fields are the reference's; the words are true.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('correct-hedged-timeout', (m, ctx) => {
  if (m.source === 'timeout') return 'the kernel did not reply in time: the request may have executed, or may not have. Ask for its outcome before doing anything else.';
});
