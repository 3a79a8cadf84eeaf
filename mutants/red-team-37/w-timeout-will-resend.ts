// @ts-nocheck
// BROKEN. Spec 2, 10 (no retries): timeout answer promises an automatic resend that never happens (what will happen next).
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-timeout-will-resend', (m, ctx) => {
  if (m.source === 'timeout') return 'no reply from the kernel — outcome unknown; the control plane will resend it shortly';
});
