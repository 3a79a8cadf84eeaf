// @ts-nocheck
// CORRECT (unusual). Spec 9: emoji markers on non-rejection answers, same facts.
// Structured fields are the reference's; the words are true.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('correct-emoji', (m, ctx) => {
  if (m.rejection === null && m.outcome === 'executed') return '✅ executed';
  if (m.rejection === null && m.outcome === 'not-executed') return '🚫 not executed';
  if (m.outcome === 'unknown') return '❓ ' + m.text;
});
