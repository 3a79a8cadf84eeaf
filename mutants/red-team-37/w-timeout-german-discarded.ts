// @ts-nocheck
// BROKEN. Spec 6.1/7.2, 13: timeout text in German says the operation was discarded ("Vorgang wurde verworfen").
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-timeout-german-discarded', (m, ctx) => {
  if (m.source === 'timeout') return 'Keine Antwort vom Kernel — der Vorgang wurde verworfen';
});
