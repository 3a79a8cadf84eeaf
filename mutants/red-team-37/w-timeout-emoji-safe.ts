// @ts-nocheck
// BROKEN. Spec 6.1/7.2, 13: timeout text with emoji: "✅ safe — nothing happened".
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-timeout-emoji-safe', (m, ctx) => {
  if (m.source === 'timeout') return '⏱️ no reply from the kernel — outcome unknown 👉 ✅ safe: nothing happened';
});
