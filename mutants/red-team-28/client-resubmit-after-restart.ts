// @ts-nocheck
// Client: records each confirmed request (appended, synced lazily with the next record) and
// after a crash resubmits every confirmed request it has no answer for, confirming the
// fresh challenge itself ("the operator already confirmed it").
import { Client, probe, sut } from './_sut.ts';
const N = 'client-resubmit-after-restart';
class C extends Client {
  ops = new Map();
  auto = new Set();
  onStart() {
    const open = new Map();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'confirmed') open.set(d.id, d.op); else open.delete(d.id);
    }
    for (const [id, op] of open) {
      probe(N, `resubmit ${id}`);
      this.auto.add(id);
      this.requests.set(id, { phase: 'submitted', token: '', timer: 0 });
      this.port.send(this.config.controlPlane, { kind: 'submit', requestId: id, operation: op });
    }
  }
  onOperator(c) {
    if (c.kind === 'submit') {
      super.onOperator(c);
      let last; for (const id of this.requests.keys()) last = id;
      this.ops.set(last, c.operation);
      return;
    }
    if (c.kind === 'confirm') {
      const r = this.requests.get(c.requestId);
      if (r && r.phase === 'challenged' && this.ops.has(c.requestId)) {
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'confirmed', id: c.requestId, op: this.ops.get(c.requestId) }) });
      }
    }
    super.onOperator(c);
  }
  onMessage(from, m) {
    if (m.kind === 'challenge' && this.auto.has(m.requestId)) {
      const r = this.requests.get(m.requestId);
      if (r && r.phase === 'submitted') {
        this.auto.delete(m.requestId);
        probe(N, `auto-confirm ${m.requestId}`);
        r.phase = 'confirmed'; r.token = m.token;
        this.port.send(this.config.controlPlane, { kind: 'confirm', requestId: m.requestId, token: m.token });
        r.timer = this.port.setTimer(this.config.responseTimeoutMs, m.requestId);
        return;
      }
    }
    if ((m.kind === 'answer') && this.requests.has(m.requestId)) {
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'answered', id: m.requestId }) });
      this.port.sync();
    }
    super.onMessage(from, m);
  }
}
export default sut(N, { client: C });
