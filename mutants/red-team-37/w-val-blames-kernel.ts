// @ts-nocheck
// BROKEN. Spec 8.1, 9 (wrong cause): validation rejection attributed to the kernel.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-val-blames-kernel', (m, ctx) => {
  if (m.source === 'validation') return 'kernel rejected the request: ' + m.text;
});
