// @ts-nocheck
// abandon typed while a confirm is held cancels it; nothing is sent
import { heldSut } from './_held.ts';
export default heldSut('client-held-abandon-cancels-confirm', { abandonCancelsHeld: true });
