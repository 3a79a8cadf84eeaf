// @ts-nocheck
// 150 ms hold; an ask-outcome typed during the hold sends the held answer first
import { heldSut } from './_held.ts';
export default heldSut('correct-client-held-flush-on-ask-150ms', { holdMs: 150, flushOnAsk: true });
