// @ts-nocheck
// BROKEN. Spec 7.1 (verbatim): kernel rejection text cut at 24 characters with an ellipsis.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-rej-truncated', (m, ctx) => {
  if (m.rejection !== null && m.source !== 'validation' && m.text.length > 24) return m.text.slice(0, 24) + '…';
});
