// @ts-nocheck
// 10 / 4.2: challenges are journalled (INTENT, synced) so a control-plane restart does not
// throw away the operator's pending confirmation; after a restart a confirm for a challenge
// of the previous incarnation is dispatched. In-flight state recovered.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class CP extends ControlPlane {
  private readonly recovered = new Set<string>();
  onStart(): void {
    super.onStart();
    const self = this as any;
    for (const r of self.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'challenge') { self.challenges.set(d.token, { requestId: d.requestId, operation: d.operation }); this.recovered.add(d.token); }
      else if (d.t === 'done') { self.challenges.delete(d.token); this.recovered.delete(d.token); }
    }
  }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'confirm' || message.kind === 'abandon') {
      const ch = self.challenges.get(message.token);
      if (ch !== undefined && ch.requestId === message.requestId) {
        if (this.recovered.has(message.token)) probe('cp-durable-challenges', `${message.kind} ${message.requestId}`);
        self.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'done', token: message.token }) });
        self.port.sync();
      }
    }
    super.onMessage(from, message);
  }
  // the reference sends the challenge right after drawing its token: journal it first
  private journalChallenge(token: string, requestId: string, operation: any): void {
    const self = this as any;
    self.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'challenge', token, requestId, operation }) });
    self.port.sync();
  }
  constructor(port: any, config: any) {
    let me: CP | null = null;
    super(wrapPort(port, { send: (to: number, m: any) => {
      if (m.kind === 'challenge' && me !== null) me.journalChallenge(m.token, m.requestId, m.operation);
      port.send(to, m);
    } }), config);
    me = this;
  }
}
export default sut('cp-durable-challenges', { createControlPlane: (p, c) => new CP(p, c) });
