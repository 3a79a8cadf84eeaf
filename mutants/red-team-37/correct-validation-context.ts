// @ts-nocheck
// CORRECT (unusual). Spec 8.1: a validation rejection text that adds a true statement: nothing was sent to the kernel, then the explanation.
// Structured fields are the reference's; the words are true.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('correct-validation-context', (m, ctx) => {
  if (m.source === 'validation') return 'invalid request, nothing was sent to the kernel: ' + m.text;
});
