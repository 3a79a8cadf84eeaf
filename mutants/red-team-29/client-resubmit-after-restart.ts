// @ts-nocheck
// spec 4.1 "Operator must reissue" / 10 "no in-flight state is recovered": the client journals each submit and, after a restart, resends the ones that never got a challenge or answer.
import { Client } from '../../src/client.ts';
import { probe, sut } from './_sut.ts';
class C extends Client {
  onStart() {
    const open = new Map();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.op) open.set(d.id, d.op); else open.delete(d.id);
    }
    for (const [id, op] of open) {
      probe('client-resubmit-after-restart');
      this.port.send(this.config.controlPlane, { kind: 'submit', requestId: id, operation: op });
      this.requests.set(id, { phase: 'submitted', token: '', timer: this.port.setTimer(this.config.responseTimeoutMs, id) });
    }
  }
  onOperator(command) {
    if (command.kind === 'submit') {
      const before = new Set(this.requests.keys());
      super.onOperator(command);
      for (const id of this.requests.keys()) if (!before.has(id)) { this.port.append({ kind: 'INTENT', data: JSON.stringify({ id, op: command.operation }) }); this.port.sync(); }
      return;
    }
    super.onOperator(command);
  }
  onMessage(from, m) {
    if ((m.kind === 'challenge' || m.kind === 'answer') && this.requests.has(m.requestId)) { this.port.append({ kind: 'INTENT', data: JSON.stringify({ id: m.requestId }) }); this.port.sync(); }
    super.onMessage(from, m);
  }
}
export default sut('client-resubmit-after-restart', { createClient: (p, c) => new C(p, c) });
