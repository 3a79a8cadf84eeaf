// @ts-nocheck
// CORRECT (7.2, 11): a kernel with an intent log. Before deciding a dispatch it appends
// INTENT (the request id and operation) and syncs it; then it decides as the reference does
// (decision appended, synced, replied). If it crashes between the two syncs, the restarted
// kernel rolls the logged intent forward at start — roll-forward belongs to the kernel
// (spec 11) — deciding it against the state the log rebuilds, which is the state it would
// have been decided against (the intent is the last record). Nothing is replied about it:
// its outcome is in kernel state, for a fenced query to find. Replies still speak only of
// synced decisions.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';

export class WalKernel extends Kernel {
  onStart() {
    const pending = [];
    for (const record of this.port.records()) {
      if (record.kind === 'INTENT') { pending.push(JSON.parse(record.data)); continue; }
      this.replay(record);
    }
    for (const p of pending) {
      if (this.decisions.has(p.requestId)) continue;
      this.rollForward(p);
    }
  }
  rollForward(p) {
    const rejection = this.state.decide(p.operation);
    this.decideDurably(rejection === null ? { kind: 'EXEC', requestId: p.requestId, operation: p.operation } : { kind: 'REJECT', requestId: p.requestId, rejection });
  }
  onMessage(from, message) {
    if (message.kind === 'dispatch' && !this.decisions.has(message.requestId)) {
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ requestId: message.requestId, operation: message.operation }) });
      this.port.sync();
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'red18-correct-kernel-intent-wal', createKernel: (p, c) => new WalKernel(p, c) };
