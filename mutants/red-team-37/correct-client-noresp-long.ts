// @ts-nocheck
// CORRECT (unusual). Spec 4.3: the client says in full what a silence means.
// Structured fields are the reference's; the words are true.
import { clientTextSut } from './lib/common.ts';
export default clientTextSut('correct-client-noresp-long', (d, ctx) => {
  if (d.source === 'no-response') return 'no response from the control plane in time — the request may or may not have executed; ask for its outcome before re-issuing';
});
