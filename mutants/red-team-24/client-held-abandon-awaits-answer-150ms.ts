// @ts-nocheck
// 150 ms hold (flush on ask); an abandon replacing the held confirm is sent, but the client then waits for an answer and shows 'no response'
import { heldSut } from './_held.ts';
export default heldSut('client-held-abandon-awaits-answer-150ms', { holdMs: 150, flushOnAsk: true, phaseFromFirstWord: true });
