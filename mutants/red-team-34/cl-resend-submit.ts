// @ts-nocheck
// 10 / 6.1: if no challenge arrives within half the response timeout, the client resends the
// submit once under the same request id ("the control plane dedupes ids anyway"). A hidden
// retransmission of a request the network lost.
import { Client } from '../../src/client.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  private readonly ops = new Map<string, any>();
  private readonly halfTimers = new Map<string, boolean>();
  onOperator(command: any): void {
    const self = this as any;
    const before = new Set(self.requests.keys());
    super.onOperator(command);
    if (command.kind === 'submit') for (const id of self.requests.keys()) if (!before.has(id)) {
      this.ops.set(id, command.operation);
      self.port.setTimer(Math.floor(self.config.responseTimeoutMs / 2), `resend:${id}`);
    }
  }
  onTimer(name: string, id: number): void {
    const self = this as any;
    if (name.startsWith('resend:')) {
      const rid = name.slice(7);
      const r = self.requests.get(rid);
      if (r !== undefined && r.phase === 'submitted' && !this.halfTimers.has(rid)) {
        this.halfTimers.set(rid, true);
        probe('cl-resend-submit', rid);
        self.port.send(self.config.controlPlane, { kind: 'submit', requestId: rid, operation: this.ops.get(rid) });
      }
      return;
    }
    super.onTimer(name, id);
  }
}
export default sut('cl-resend-submit', { createClient: (p, c) => new C(p, c) });
