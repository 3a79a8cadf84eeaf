// @ts-nocheck
// BROKEN. Spec 7.2/11: executed answer in French: "exécuté partiellement" (partially executed).
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-exec-french-partial', (m, ctx) => {
  if (m.outcome === 'executed' && m.source !== 'kernel-decision') return 'exécuté partiellement';
});
