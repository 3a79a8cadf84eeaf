// @ts-nocheck
// CORRECT (unusual). Spec 10, 11: a fenced not-executed answer with explicit denials: fenced, nothing rolled back, nothing retried.
// Structured fields are the reference's; the words are true.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('correct-fence-denials', (m, ctx) => {
  if (m.outcome === 'not-executed' && m.source === 'kernel-query' && m.rejection === null) return 'not executed: the kernel fenced this request, so it can never run now. Nothing was rolled back and nothing will be retried; re-issue it if you still want it.';
});
