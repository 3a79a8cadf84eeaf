// @ts-nocheck
// Control plane: logs each dispatch and each kernel answer; on restart, re-dispatches every
// logged dispatch that has no logged answer ("finish what was interrupted").
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-roll-forward';
class CP extends ControlPlane {
  onStart() {
    super.onStart();
    const open = new Map();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'd') open.set(d.id, d.op); else open.delete(d.id);
    }
    for (const [id, op] of open) {
      probe(N, `roll forward ${id}`);
      this.dispatched.add(id);
      this.port.send(this.config.kernel, { kind: 'dispatch', requestId: id, operation: op });
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'a', id }) }); this.port.sync();
    }
  }
  onClient(client, m) {
    if (m.kind === 'confirm') { const c = this.challenges.get(m.token); if (c && c.requestId === m.requestId) { this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'd', id: m.requestId, op: c.operation }) }); this.port.sync(); } }
    super.onClient(client, m);
  }
  onKernel(reply) {
    if (reply.kind === 'decision' || reply.kind === 'duplicate') { this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'a', id: reply.requestId }) }); this.port.sync(); }
    super.onKernel(reply);
  }
}
export default sut(N, { cp: CP });
