// @ts-nocheck
// CORRECT (unusual). Spec 6.1, 7.2, 10: a long, accurate explanation of a kernel timeout and what the operator can do.
// Structured fields are the reference's; the words are true.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('correct-long-timeout', (m, ctx) => {
  if (m.source === 'timeout') return `no reply from the kernel within ${ctx.config.kernelTimeoutMs} ms — outcome unknown. The control plane did not retry and will not. Ask for the outcome to get the kernel\'s answer, and re-issue only if it did not execute.`;
});
