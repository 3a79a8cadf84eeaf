// @ts-nocheck
// BROKEN. Spec 4.3 (MUST NOT guess): client shows "request failed" when the control plane is silent.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { clientTextSut } from './lib/common.ts';
export default clientTextSut('w-client-noresp-failed', (d, ctx) => {
  if (d.source === 'no-response') return 'request failed (no response from control plane)';
});
