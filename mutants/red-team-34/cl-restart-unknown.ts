// @ts-nocheck
// CORRECT (unusual): the client journals the ids of its open requests (INTENT, synced) and,
// after a crash, tells the operator "no response — outcome unknown" for each one it lost,
// instead of silently forgetting them. It resends nothing and keeps no token.
import { Client, NO_RESPONSE } from '../../src/client.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  onStart(): void {
    const self = this as any;
    const open = new Set<string>();
    for (const r of self.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'open') open.add(d.requestId); else open.delete(d.requestId);
    }
    for (const id of open) {
      self.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'closed', requestId: id }) });
      self.port.sync();
      self.port.display({ kind: 'outcome', requestId: id, outcome: 'unknown', source: 'no-response', rejection: null, text: NO_RESPONSE });
    }
  }
  onOperator(command: any): void {
    const self = this as any;
    if (command.kind === 'confirm') {
      const r = self.requests.get(command.requestId);
      if (r !== undefined && r.phase === 'challenged') {
        self.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'open', requestId: command.requestId }) });
        self.port.sync();
      }
    }
    super.onOperator(command);
  }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    const r = message.kind === 'answer' ? self.requests.get(message.requestId) : undefined;
    const open = r !== undefined && r.phase === 'confirmed';
    if (open) { self.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'closed', requestId: (message as any).requestId }) }); self.port.sync(); }
    super.onMessage(from, message);
  }
  onTimer(name: string): void {
    const self = this as any;
    const r = self.requests.get(name);
    if (r !== undefined && r.phase === 'confirmed') { self.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'closed', requestId: name }) }); self.port.sync(); }
    super.onTimer(name);
  }
}
export default sut('cl-restart-unknown', { createClient: (p, c) => new C(p, c) });
