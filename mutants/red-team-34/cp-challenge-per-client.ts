// @ts-nocheck
// 4.2 / 2 operators interleaving: the control plane remembers "the operation being confirmed"
// per client session (the latest challenge sent to that client). A confirm with a valid token
// dispatches the session's latest operation under the confirmed request id, so an operator
// who left one challenge open, submitted another and then confirmed the first, executes the
// second one's operation (unconfirmed for that id).
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  private readonly latest = new Map<Address, any>();
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'confirm') {
      const ch = self.challenges.get(message.token);
      const cur = this.latest.get(from);
      if (ch !== undefined && ch.requestId === message.requestId && cur !== undefined && cur !== ch.operation) {
        probe('cp-challenge-per-client', `${message.requestId} dispatches ${cur.kind} instead of ${ch.operation.kind}`);
        self.challenges.set(message.token, { requestId: ch.requestId, operation: cur });
      }
    }
    const before = new Set(self.challenges.keys());
    super.onMessage(from, message);
    if (message.kind === 'submit') for (const t of self.challenges.keys()) if (!before.has(t)) this.latest.set(from, self.challenges.get(t).operation);
  }
}
export default sut('cp-challenge-per-client', { createControlPlane: (p, c) => new CP(p, c) });
