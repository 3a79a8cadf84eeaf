// @ts-nocheck
// abandon replaces the held confirm, but the phase after sending follows the first word: the client waits for an answer and shows 'no response'
import { heldSut } from './_held.ts';
export default heldSut('client-held-abandon-awaits-answer', { phaseFromFirstWord: true });
