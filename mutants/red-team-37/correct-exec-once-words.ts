// @ts-nocheck
// CORRECT (unusual). Spec 6.2: an executed answer from a kernel DUPLICATE that says the request ran once and was not executed again.
// Structured fields are the reference's; the words are true.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('correct-exec-once-words', (m, ctx) => {
  if (m.outcome === 'executed' && m.source === 'kernel-duplicate') return 'executed — the kernel had already executed this request once; this copy was not executed again';
  if (m.outcome === 'executed' && m.source === 'kernel-query') return 'executed (the kernel\'s log records it)';
});
