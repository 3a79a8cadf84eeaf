// @ts-nocheck
// BROKEN. Spec 4.3: client shows in Spanish "no response — it was not executed".
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { clientTextSut } from './lib/common.ts';
export default clientTextSut('w-client-noresp-spanish', (d, ctx) => {
  if (d.source === 'no-response') return 'sin respuesta — no se ejecutó';
});
