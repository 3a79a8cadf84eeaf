// @ts-nocheck
// 150 ms hold (flush on ask); a challenge with a new token during the hold drops the held answer and re-shows the challenge
import { heldSut } from './_held.ts';
export default heldSut('client-held-reshows-newer-token-150ms', { holdMs: 150, flushOnAsk: true, reshowNewerTokenDuringHold: true });
