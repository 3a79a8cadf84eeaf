// @ts-nocheck
// 10: an observe changes nothing, so the client resends it once (same request id) when half the
// response timeout passed without an answer, before showing "no response".
import { Client } from '../../src/client.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  private readonly observes = new Set<string>();
  onOperator(command: any): void {
    const self = this as any;
    const before = new Set(self.requests.keys());
    super.onOperator(command);
    if (command.kind === 'observe') for (const id of self.requests.keys()) if (!before.has(id)) {
      this.observes.add(id);
      self.port.setTimer(Math.floor(self.config.responseTimeoutMs / 2), `again:${id}`);
    }
  }
  onTimer(name: string, id: number): void {
    const self = this as any;
    if (name.startsWith('again:')) {
      const rid = name.slice(6);
      const r = self.requests.get(rid);
      if (this.observes.has(rid) && r !== undefined && r.phase === 'submitted') {
        this.observes.delete(rid);
        probe('cl-retry-observe', rid);
        self.port.send(self.config.controlPlane, { kind: 'observe', requestId: rid });
      }
      return;
    }
    super.onTimer(name, id);
  }
}
export default sut('cl-retry-observe', { createClient: (p, c) => new C(p, c) });
