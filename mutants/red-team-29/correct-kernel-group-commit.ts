// @ts-nocheck
// Correct (group commit): decisions are appended and held; the sync happens on a 1 ms timer or before the next message is handled; memory changes and replies happen only after the sync.
import { Kernel } from '../../src/kernel.ts';
import { probe, sut } from './_sut.ts';
class K extends Kernel {
  pending = [];
  flush() {
    if (this.pending.length === 0) return;
    probe('correct-kernel-group-commit');
    this.port.sync();
    const q = this.pending; this.pending = [];
    for (const { from, record } of q) {
      this.replay(record);
      this.port.send(from, { kind: 'decision', requestId: record.requestId, decision: this.decisions.get(record.requestId) });
    }
  }
  onMessage(from, m) {
    this.flush();
    if (m.kind === 'dispatch' && !this.decisions.has(m.requestId)) {
      const rejection = this.state.decide(m.operation);
      // a second dispatch in the same batch would be decided against a stale state: batches are one decision long for state-changing ops
      const record = rejection === null ? { kind: 'EXEC', requestId: m.requestId, operation: m.operation } : { kind: 'REJECT', requestId: m.requestId, rejection };
      this.port.append(record);
      this.pending.push({ from, record });
      this.port.setTimer(1, 'flush');
      return;
    }
    super.onMessage(from, m);
  }
  onTimer(name) { if (name === 'flush') this.flush(); }
}
export default sut('correct-kernel-group-commit', { createKernel: (p, c) => new K(p, c) });
