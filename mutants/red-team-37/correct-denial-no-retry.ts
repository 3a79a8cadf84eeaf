// @ts-nocheck
// CORRECT (unusual). Spec 10: a timeout answer that states the control plane made no retry.
// Structured fields are the reference's; the words are true.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('correct-denial-no-retry', (m, ctx) => {
  if (m.source === 'timeout') return 'no reply from the kernel — outcome unknown; the control plane made no retry';
});
