// @ts-nocheck
// CORRECT (unusual): after "no response — outcome unknown", a client that later receives the
// control plane's answer for that request shows it too (a kernel-derived answer, never a guess).
import { Client } from '../../src/client.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  private readonly timedOut = new Set<string>();
  onTimer(name: string): void {
    const self = this as any;
    const r = self.requests.get(name);
    if (r !== undefined && r.phase !== 'done' && r.phase !== 'submitted') this.timedOut.add(name);
    else this.timedOut.delete(name);
    super.onTimer(name);
  }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    const r = self.requests.get(message.requestId);
    if (message.kind === 'answer' && this.timedOut.has(message.requestId) && message.outcome !== 'unknown' && r !== undefined && r.phase === 'done') {
      this.timedOut.delete(message.requestId);
      self.port.display({ kind: 'outcome', requestId: message.requestId, outcome: message.outcome, source: message.source, rejection: message.rejection, text: message.text });
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('correct-client-late-answer', { createClient: (p, c) => new C(p, c) });
