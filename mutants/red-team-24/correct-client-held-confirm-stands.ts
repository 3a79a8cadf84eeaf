// @ts-nocheck
// held answers; as the reference, an abandon typed after a confirm is ignored, so the held confirm is sent
import { heldSut } from './_held.ts';
export default heldSut('correct-client-held-confirm-stands', { confirmStands: true });
