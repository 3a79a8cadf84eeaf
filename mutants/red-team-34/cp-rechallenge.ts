// @ts-nocheck
// CORRECT: on a duplicate submit the control plane (still auditing it as a duplicate) resends
// the same challenge, same token, in case the first challenge was lost. The client answers
// at most one challenge per request id, and one token can be confirmed only once.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  private readonly tokenOf = new Map<string, string>();
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'submit' && self.seen.has(message.requestId)) {
      const token = this.tokenOf.get(message.requestId);
      super.onMessage(from, message);
      if (token !== undefined && self.challenges.has(token)) {
        const ch = self.challenges.get(token);
        self.port.send(from, { kind: 'challenge', requestId: message.requestId, token, operation: ch.operation });
      }
      return;
    }
    const before = new Set(self.challenges.keys());
    super.onMessage(from, message);
    if (message.kind === 'submit') for (const t of self.challenges.keys()) if (!before.has(t)) this.tokenOf.set(message.requestId, t);
  }
}
export default sut('cp-rechallenge', { createControlPlane: (p, c) => new CP(p, c) });
