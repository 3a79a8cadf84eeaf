// @ts-nocheck
// 4.2 / 6.2: a challenge that arrives after the client already told the operator "no response
// — outcome unknown" for the submit is still shown and can be confirmed ("the control plane
// was just slow"). An operator who meanwhile re-issued can end up confirming both.
import { Client } from '../../src/client.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  private readonly gaveUp = new Set<string>();
  onTimer(name: string): void {
    const self = this as any;
    const r = self.requests.get(name);
    if (r !== undefined && r.phase === 'submitted') this.gaveUp.add(name);
    super.onTimer(name);
  }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'challenge' && this.gaveUp.has(message.requestId)) {
      const r = self.requests.get(message.requestId);
      if (r !== undefined && r.phase === 'done') {
        this.gaveUp.delete(message.requestId);
        probe('cl-late-challenge-after-timeout', message.requestId);
        r.phase = 'submitted';
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('cl-late-challenge-after-timeout', { createClient: (p, c) => new C(p, c) });
