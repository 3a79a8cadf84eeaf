// @ts-nocheck
// abandon typed while a confirm is held replaces it: the abandon is sent
import { heldSut } from './_held.ts';
export default heldSut('correct-client-held-last-word-wins', { lastWordWins: true });
