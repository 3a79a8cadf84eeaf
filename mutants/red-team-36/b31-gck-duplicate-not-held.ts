// @ts-nocheck
// Breaks 7.2 ("not executed unless kernel durability proves otherwise") in a group-commit
// kernel: DUPLICATE replies "only repeat a decision already made", so they are sent at once
// instead of being held for the batch's sync — but the first decision they name may still be
// unsynced in the current batch, and a crash then loses it after the operator was told.
import { GroupCommitKernel } from './lib/gc-kernel.ts';
import { probe, sut } from './lib/common.ts';

class K extends GroupCommitKernel {
  // probe bookkeeping: request ids whose decision was appended since the last sync
  apply(record) { if (this.port !== undefined && this.started) (this.unsyncedIds ??= new Set()).add(record.requestId); super.apply(record); }
  onStart() { super.onStart(); this.started = true; }
  onTimer() { this.unsyncedIds?.clear(); super.onTimer(); }
  onMessage(from, message) {
    if (message.kind === 'dispatch') {
      const first = this.decisions.get(message.requestId);
      if (first !== undefined) {
        if (this.unsyncedIds?.has(message.requestId)) probe('b31-gck-duplicate-not-held', `${message.requestId} first=${first.kind} reported before it is synced`);
        this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
        return;
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('b31-gck-duplicate-not-held', { createKernel: (p, c) => new K(p, c) });
