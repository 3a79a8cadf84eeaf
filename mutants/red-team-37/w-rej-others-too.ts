// @ts-nocheck
// BROKEN. Spec 7.1, 9: kernel rejection text plus an invented claim about other requests.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-rej-others-too', (m, ctx) => {
  if (m.rejection !== null && m.source !== 'validation') return m.rejection.text + ' (2 other requests were rejected too)';
});
