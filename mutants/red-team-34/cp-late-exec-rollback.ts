// @ts-nocheck
// 11: after telling the operator "unknown" on a kernel timeout, a late EXEC of a
// create-collection is rolled back by dispatching a drop-collection under a fresh id, so
// the state matches what the operator "saw" (nothing). Compensation.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  private readonly ops = new Map<string, any>();
  private readonly timedOut = new Set<string>();
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'confirm') {
      const ch = self.challenges.get(message.token);
      if (ch !== undefined && ch.requestId === message.requestId) this.ops.set(ch.requestId, ch.operation);
    }
    super.onMessage(from, message);
    if (from === self.config.kernel && message.kind === 'decision' && message.decision.kind === 'EXEC' && this.timedOut.has(message.requestId)) {
      const op = this.ops.get(message.requestId);
      if (op !== undefined && op.kind === 'create-collection') {
        this.timedOut.delete(message.requestId);
        probe('cp-late-exec-rollback', message.requestId);
        self.port.send(self.config.kernel, { kind: 'dispatch', requestId: self.port.drawId(), operation: { kind: 'drop-collection', name: op.name } });
      }
    }
  }
  onTimer(name: string, id: number): void {
    const self = this as any;
    if (self.timers.has(name) && this.ops.has(name)) this.timedOut.add(name);
    super.onTimer(name, id);
  }
}
export default sut('cp-late-exec-rollback', { createControlPlane: (p, c) => new CP(p, c) });
