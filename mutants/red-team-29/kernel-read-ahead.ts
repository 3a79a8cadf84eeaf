// @ts-nocheck
// spec 7.2 / 4.3: a dispatch's effect is applied to memory before its EXEC record is synced; a read (observe) arriving while the sync is pending (deferred 1 ms) shows state a crash then loses.
import { Kernel } from '../../src/kernel.ts';
import { probe, sut } from './_sut.ts';
class K extends Kernel {
  queue = [];
  onMessage(from, m) {
    if (m.kind === 'dispatch' && !this.decisions.has(m.requestId)) {
      // decide, apply, and reply only once synced
      const rejection = this.state.decide(m.operation);
      const record = rejection === null ? { kind: 'EXEC', requestId: m.requestId, operation: m.operation } : { kind: 'REJECT', requestId: m.requestId, rejection };
      this.port.append(record);
      this.replay(record);
      this.queue.push({ from, record });
      this.port.setTimer(1, 'flush');
      return;
    }
    if (m.kind === 'read' && this.queue.length > 0) probe('kernel-read-ahead');
    super.onMessage(from, m);
  }
  onTimer(name) {
    if (name !== 'flush' || this.queue.length === 0) return;
    this.port.sync();
    const q = this.queue; this.queue = [];
    for (const e of q) if (e.from !== undefined) this.port.send(e.from, { kind: 'decision', requestId: e.record.requestId, decision: this.decisions.get(e.record.requestId) });
  }
}
export default sut('kernel-read-ahead', { createKernel: (p, c) => new K(p, c) });
