// @ts-nocheck
// 4.3 / 7.2 / 10: a group-commit kernel (decisions appended and applied in memory, synced on a
// 2 ms timer, replies held until the sync, like examples/group-commit-kernel.ts) that serves
// `read` straight from memory: an operator can observe an execution that is not yet durable,
// which a crash then erases.
import { Kernel } from '../../src/kernel.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

const dirtySeen = new Set<string>(); // probe bookkeeping only (survives restarts)
class K extends Kernel {
  onStart(): void {
    const self = this as any;
    const recs = self.port.records();
    if (self.port.now() === 0 && recs.length === 0) dirtySeen.clear();
    const logged = new Set(recs.map((r: any) => r.requestId));
    for (const id of dirtySeen) if (!logged.has(id)) probe('k-group-commit-dirty-reads', `LOST-OBSERVED ${id}: a read showed its EXEC, the crash lost it`);
    super.onStart();
  }
  private pending: Array<{ to: Address; msg: Message }> = [];
  private readonly pendingIds = new Set<string>();
  private flushTimer = 0;
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    switch (message.kind) {
      case 'dispatch': {
        const first = self.decisions.get(message.requestId);
        if (first !== undefined) {
          if (this.pendingIds.has(message.requestId)) {
            this.pending.push({ to: from, msg: { kind: 'duplicate', requestId: message.requestId, first } });
            return;
          }
          return super.onMessage(from, message);
        }
        const rejection = self.state.decide(message.operation);
        const record = rejection === null
          ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
          : { kind: 'REJECT', requestId: message.requestId, rejection };
        self.port.append(record);
        self.replay(record);
        this.pendingIds.add(message.requestId);
        this.pending.push({ to: from, msg: { kind: 'decision', requestId: message.requestId, decision: self.decisions.get(message.requestId) } });
        if (this.flushTimer === 0) this.flushTimer = self.port.setTimer(2, 'flush');
        return;
      }
      case 'fenced-query':
        this.flush();
        return super.onMessage(from, message);
      case 'read':
        if (this.pending.some((p) => p.msg.kind === 'decision' && (p.msg as any).decision.kind === 'EXEC')) {
          probe('k-group-commit-dirty-reads', `${message.requestId} sees ${this.pendingIds.size} unsynced`);
          for (const p of this.pending) if (p.msg.kind === 'decision' && (p.msg as any).decision.kind === 'EXEC') dirtySeen.add(p.msg.requestId);
        }
        return super.onMessage(from, message);
      default:
        return super.onMessage(from, message);
    }
  }
  onTimer(name: string): void {
    if (name === 'flush') { this.flushTimer = 0; this.flush(); }
  }
  private flush(): void {
    const self = this as any;
    if (this.flushTimer !== 0) { self.port.cancelTimer(this.flushTimer); this.flushTimer = 0; }
    if (this.pending.length === 0) return;
    self.port.sync();
    const out = this.pending;
    this.pending = [];
    this.pendingIds.clear();
    for (const p of out) self.port.send(p.to, p.msg);
  }
}
export default sut('k-group-commit-dirty-reads', { createKernel: (p, c) => new K(p, c) });
