// @ts-nocheck
// CORRECT (unusual). Spec 6.1/7.2: honest German text for unknown outcomes.
// Structured fields are the reference's; the words are true.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('correct-german-unknown', (m, ctx) => {
  if (m.source === 'timeout') return 'Keine Antwort vom Kernel — Ergebnis unbekannt';
  if (m.source === 'challenge-expired') return 'Bestätigung abgelaufen — Ergebnis unbekannt';
});
