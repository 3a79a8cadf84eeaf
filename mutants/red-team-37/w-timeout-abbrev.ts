// @ts-nocheck
// BROKEN. Spec 6.1/7.2, 13: timeout text in terse ops shorthand claiming nothing was applied: "kernel t/o; req not appld (0/1)".
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-timeout-abbrev', (m, ctx) => {
  if (m.source === 'timeout') return 'kernel t/o; req not appld (0/1)';
});
