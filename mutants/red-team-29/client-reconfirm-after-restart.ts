// @ts-nocheck
// spec 4.2 "crash before confirmation: the request MUST NOT be executed": the client journals each challenge token and, after a restart, sends the confirm the operator had been asked for.
import { Client } from '../../src/client.ts';
import { probe, sut } from './_sut.ts';
class C extends Client {
  onStart() {
    const open = new Map();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.token) open.set(d.id, d.token); else open.delete(d.id);
    }
    for (const [id, token] of open) {
      probe('client-reconfirm-after-restart');
      this.port.send(this.config.controlPlane, { kind: 'confirm', requestId: id, token });
      this.requests.set(id, { phase: 'confirmed', token, timer: this.port.setTimer(this.config.responseTimeoutMs, id) });
    }
  }
  onMessage(from, m) {
    const r = this.requests.get(m.requestId);
    if (m.kind === 'challenge' && r !== undefined && r.phase === 'submitted') { this.port.append({ kind: 'INTENT', data: JSON.stringify({ id: m.requestId, token: m.token }) }); this.port.sync(); }
    super.onMessage(from, m);
  }
  onOperator(command) {
    if (command.kind === 'confirm' || command.kind === 'abandon') { this.port.append({ kind: 'INTENT', data: JSON.stringify({ id: command.requestId }) }); this.port.sync(); }
    super.onOperator(command);
  }
}
export default sut('client-reconfirm-after-restart', { createClient: (p, c) => new C(p, c) });
