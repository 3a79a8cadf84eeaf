// @ts-nocheck
// BROKEN. Spec 9 (time): executed answer for a query/duplicate claims the kernel executed it just now (at the CP clock), though it executed earlier.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from '../lib/common.ts';
export default cpTextSut('w-exec-time-now', (m, ctx) => {
  if (m.outcome === 'executed' && m.source !== 'kernel-decision') return `executed at ${ctx.port.now()} ms`;
});
