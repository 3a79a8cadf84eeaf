// @ts-nocheck
// Client: persists each challenge it shows (so a restarted UI can "pick up where it left
// off") and, after a crash, confirms the challenges it finds — without the operator.
import { Client, probe, sut } from './_sut.ts';
const N = 'client-persist-challenge';
class C extends Client {
  onStart() {
    const open = new Map();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'challenge') open.set(d.id, d.token);
      else open.delete(d.id);
    }
    for (const [id, token] of open) {
      probe(N, `auto-confirm after restart ${id}`);
      this.port.send(this.config.controlPlane, { kind: 'confirm', requestId: id, token });
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'done', id }) });
      this.port.sync();
    }
  }
  onMessage(from, m) {
    if (m.kind === 'challenge') {
      const r = this.requests.get(m.requestId);
      if (r && r.phase === 'submitted') {
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'challenge', id: m.requestId, token: m.token }) });
        this.port.sync();
      }
    }
    super.onMessage(from, m);
  }
  onOperator(c) {
    if (c.kind === 'confirm' || c.kind === 'abandon') {
      const r = this.requests.get(c.requestId);
      if (r && r.phase === 'challenged') {
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'done', id: c.requestId }) });
        this.port.sync();
      }
    }
    super.onOperator(c);
  }
}
export default sut(N, { client: C });
