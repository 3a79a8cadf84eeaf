// @ts-nocheck
// BROKEN. Spec 7.1 (verbatim): kernel rejection with its straight quotes turned into typographic quotes.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-rej-smart-quotes', (m, ctx) => {
  if (m.rejection !== null && m.source !== 'validation' && m.text.includes('"')) { let o = true; return m.text.replace(/"/g, () => (o = !o) ? '”' : '“'); }
});
