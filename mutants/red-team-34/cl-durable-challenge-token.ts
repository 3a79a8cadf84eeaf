// @ts-nocheck
// 4.2 / 10: the client journals each challenge it shows (INTENT, synced) so that after a
// client crash the operator can still type "confirm <id>" for a challenge shown before the
// crash ("resume the session"). The spec: a crash before confirmation discards the action.
import { Client } from '../../src/client.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  private readonly recovered = new Set<string>();
  onStart(): void {
    const self = this as any;
    for (const r of self.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'challenge') { self.requests.set(d.requestId, { phase: 'challenged', token: d.token, timer: 0 }); this.recovered.add(d.requestId); }
      else if (d.t === 'answered') { self.requests.delete(d.requestId); this.recovered.delete(d.requestId); }
    }
  }
  onOperator(command: any): void {
    const self = this as any;
    if ((command.kind === 'confirm' || command.kind === 'abandon')) {
      const r = self.requests.get(command.requestId);
      if (r !== undefined && r.phase === 'challenged') {
        if (this.recovered.has(command.requestId)) probe('cl-durable-challenge-token', `${command.kind} ${command.requestId}`);
        this.recovered.delete(command.requestId);
        self.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'answered', requestId: command.requestId }) });
        self.port.sync();
      }
    }
    super.onOperator(command);
  }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'challenge') {
      const r = self.requests.get(message.requestId);
      if (r !== undefined && r.phase === 'submitted') {
        self.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'challenge', requestId: message.requestId, token: message.token }) });
        self.port.sync();
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('cl-durable-challenge-token', { createClient: (p, c) => new C(p, c) });
