// @ts-nocheck
// 8.2 / 9: the control plane keeps a confirmed challenge until the kernel answers, so that an
// operator who abandons right after confirming gets an acknowledgement: it audits
// "abandoned / not executed" although the dispatch is already on its way and may execute.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { ForwardingClient } from './lib/forwarding-client.ts';

class CP extends ControlPlane {
  private readonly confirmed = new Map<string, string>(); // token -> request id
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'confirm') {
      const ch = self.challenges.get(message.token);
      if (ch !== undefined && ch.requestId === message.requestId) this.confirmed.set(message.token, message.requestId);
    } else if (message.kind === 'abandon') {
      if (!self.challenges.has(message.token) && this.confirmed.get(message.token) === message.requestId) {
        probe('cp-abandon-after-confirm', message.requestId);
        this.confirmed.delete(message.token);
        self.audit('abandoned', message.requestId, 'not-executed');
        return;
      }
    }
    super.onMessage(from, message);
  }
}
// (with correct-client-forward-late-abandon's client, which forwards such an abandon; alone that client is correct)
export default sut('cp-abandon-after-confirm', { createControlPlane: (p, c) => new CP(p, c), createClient: (p, c) => new ForwardingClient(p, c) });
