// @ts-nocheck
// 150 ms hold; ask-outcome during the hold does not cancel the held answer
import { heldSut } from './_held.ts';
export default heldSut('client-held-confirm-survives-ask-150ms', { holdMs: 150, heldSurvivesAsk: true });
