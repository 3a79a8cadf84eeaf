// @ts-nocheck
// 4.2 / 10: a client that receives a fresh challenge (another token) for a request the
// operator already confirmed assumes the control plane restarted and lost the confirm, and
// confirms the new challenge on the operator's behalf. A hidden retry, and a confirmation
// no operator gave for that challenge.
import { Client } from '../../src/client.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  private readonly confirmedTokens = new Map<string, string>();
  onOperator(command: any): void {
    const self = this as any;
    if (command.kind === 'confirm') {
      const r = self.requests.get(command.requestId);
      if (r !== undefined && r.phase === 'challenged') this.confirmedTokens.set(command.requestId, r.token);
    }
    super.onOperator(command);
  }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'challenge') {
      const old = this.confirmedTokens.get(message.requestId);
      const r = self.requests.get(message.requestId);
      if (old !== undefined && old !== message.token && r !== undefined && r.phase === 'confirmed') {
        probe('cl-reconfirm-new-challenge', message.requestId);
        this.confirmedTokens.set(message.requestId, message.token);
        r.token = message.token;
        self.port.send(self.config.controlPlane, { kind: 'confirm', requestId: message.requestId, token: message.token });
        return;
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('cl-reconfirm-new-challenge', { createClient: (p, c) => new C(p, c) });
