// @ts-nocheck
// BROKEN. Spec 4.3 (MUST NOT guess): timeout text guesses the request most likely went through.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-timeout-likely-applied', (m, ctx) => {
  if (m.source === 'timeout') return 'kernel slow to answer — most likely it went through; check later';
});
