// @ts-nocheck
// observe intents reuse this incarnation's first observe id
import { heldSut } from './_held.ts';
export default heldSut('client-observe-reuses-id', { observeIdReused: true });
