// @ts-nocheck
// abandon during the hold re-arms a new hold but cancels the request's response timer instead of the held confirm's: both are sent
import { heldSut } from './_held.ts';
export default heldSut('client-held-abandon-rearms-wrong-timer', { wrongTimerOnChange: true });
