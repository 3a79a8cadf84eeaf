// @ts-nocheck
// Breaks 4.3/7.2 in a group-commit kernel: a fenced query about a request already decided
// "writes nothing", so its answer is sent at once rather than after the batch's sync — but the
// decision it reports may be one of the batch's unsynced records.
import { GroupCommitKernel } from './lib/gc-kernel.ts';
import { probe, sut } from './lib/common.ts';

class K extends GroupCommitKernel {
  // probe bookkeeping: request ids whose decision was appended since the last sync
  apply(record) { if (this.port !== undefined && this.started) (this.unsyncedIds ??= new Set()).add(record.requestId); super.apply(record); }
  onStart() { super.onStart(); this.started = true; }
  onTimer() { this.unsyncedIds?.clear(); super.onTimer(); }
  onMessage(from, message) {
    if (message.kind === 'fenced-query') {
      const first = this.decisions.get(message.requestId);
      if (first !== undefined) {
        if (this.unsyncedIds?.has(message.requestId)) probe('b32-gck-known-query-not-held', `${message.requestId} first=${first.kind} reported before it is synced`);
        this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first });
        return;
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('b32-gck-known-query-not-held', { createKernel: (p, c) => new K(p, c) });
