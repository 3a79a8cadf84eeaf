// @ts-nocheck
// BROKEN. Spec 4.3 (others' requests), 9: executed answer makes a claim about the operator's other requests.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-exec-all-pending-done', (m, ctx) => {
  if (m.outcome === 'executed') return 'executed; your other pending requests are done as well';
});
