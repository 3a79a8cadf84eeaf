// @ts-nocheck
// BROKEN. Spec 9, 13 (invented cause): client blames a control-plane crash when it simply heard nothing.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { clientTextSut } from './lib/common.ts';
export default clientTextSut('w-client-noresp-cp-crashed', (d, ctx) => {
  if (d.source === 'no-response') return 'the control plane crashed — outcome unknown';
});
