// @ts-nocheck
// MUTANT (7.2, 5.2): the intent-log kernel rolls logged intents forward lazily, on a timer
// 50 ms after start ("let the disk settle"), and an intent, being older than any fence, wins
// over one: a FENCE written meanwhile by a fenced query (answered "not executed") does not
// stop the intent from executing afterwards.
import { reference } from '../../src/index.ts';
import { WalKernel } from './correct-kernel-intent-wal.ts';

class K extends WalKernel {
  pending = [];
  onStart() {
    const pending = [];
    for (const record of this.port.records()) {
      if (record.kind === 'INTENT') { pending.push(JSON.parse(record.data)); continue; }
      this.replay(record);
    }
    this.pending = pending.filter((p) => !this.decisions.has(p.requestId));
    if (this.pending.length > 0) this.port.setTimer(50, 'roll-forward');
  }
  onTimer(name) {
    if (name !== 'roll-forward') return;
    const pending = this.pending;
    this.pending = [];
    for (const p of pending) {
      const first = this.decisions.get(p.requestId);
      if (first !== undefined && first.kind !== 'FENCE') continue;
      const rejection = this.state.decide(p.operation);
      const record = rejection === null ? { kind: 'EXEC', requestId: p.requestId, operation: p.operation } : { kind: 'REJECT', requestId: p.requestId, rejection };
      this.port.append(record);
      this.port.sync();
      if (record.kind === 'EXEC') this.state.apply(p.operation);
      this.decisions.set(p.requestId, record.kind === 'EXEC' ? { kind: 'EXEC' } : { kind: 'REJECT', rejection });
    }
  }
}
export default { ...reference, name: 'red18-kernel-wal-lazy-roll-forward-over-fence', createKernel: (p, c) => new K(p, c) };
