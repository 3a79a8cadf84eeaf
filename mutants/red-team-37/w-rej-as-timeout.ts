// @ts-nocheck
// BROKEN. Spec 7.1, 9 (wrong cause): kernel rejection attributed to a timeout.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-rej-as-timeout', (m, ctx) => {
  if (m.rejection !== null && m.source !== 'validation') return 'timed out — ' + m.rejection.text;
});
