// @ts-nocheck
// BROKEN. Spec 6.1/7.2, 13: timeout answer (unknown) adds "nothing was changed" — a state claim the CP cannot know.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-timeout-nothing-changed', (m, ctx) => {
  if (m.source === 'timeout') return 'no reply from the kernel — outcome unknown; nothing was changed';
});
