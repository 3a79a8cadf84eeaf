// @ts-nocheck
// 150 ms hold; an ask-outcome typed during the hold silently drops the held answer
import { heldSut } from './_held.ts';
export default heldSut('client-held-dropped-on-ask-150ms', { holdMs: 150 });
