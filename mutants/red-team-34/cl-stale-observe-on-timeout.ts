// @ts-nocheck
// 4.3 / 10: when an observe gets no response, the client shows the last state it observed
// ("better than nothing") as the observation, instead of "no response — outcome unknown".
import { Client } from '../../src/client.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  private last: any = null;
  private readonly observes = new Set<string>();
  onOperator(command: any): void {
    const self = this as any;
    const before = new Set(self.requests.keys());
    super.onOperator(command);
    if (command.kind === 'observe') for (const id of self.requests.keys()) if (!before.has(id)) this.observes.add(id);
  }
  onMessage(from: Address, message: Message): void {
    if (message.kind === 'observed') this.last = message.state;
    super.onMessage(from, message);
  }
  onTimer(name: string): void {
    const self = this as any;
    const r = self.requests.get(name);
    if (this.last !== null && this.observes.has(name) && r !== undefined && r.phase === 'submitted') {
      probe('cl-stale-observe-on-timeout', name);
      r.timer = 0;
      r.phase = 'done';
      self.port.display({ kind: 'observed', requestId: name, state: this.last });
      return;
    }
    super.onTimer(name);
  }
}
export default sut('cl-stale-observe-on-timeout', { createClient: (p, c) => new C(p, c) });
