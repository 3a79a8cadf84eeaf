// @ts-nocheck
// BROKEN. Spec 7.1 (MUST NOT retry; final): kernel rejection text plus a promise to retry.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-rej-will-retry', (m, ctx) => {
  if (m.rejection !== null && m.source !== 'validation') return m.rejection.text + ' — will retry automatically';
});
