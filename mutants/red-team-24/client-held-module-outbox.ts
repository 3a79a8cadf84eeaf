// @ts-nocheck
// held answers queued in a module-level outbox, flushed by whichever client's hold timer fires
import { heldSut } from './_held.ts';
export default heldSut('client-held-module-outbox', { moduleOutbox: true });
