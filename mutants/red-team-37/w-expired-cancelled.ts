// @ts-nocheck
// BROKEN. Spec 4.2/5.x, 6.2: challenge-expired answer says the operation was cancelled by the system (a previous incarnation may have dispatched it).
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-expired-cancelled', (m, ctx) => {
  if (m.source === 'challenge-expired') return 'challenge expired; the operation was cancelled by the system';
});
