// @ts-nocheck
// Control plane: issued challenges are persisted, so that a confirm arriving after a
// control-plane restart can still be honoured.
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-durable-challenges';
class CP extends ControlPlane {
  restored = new Set();
  onStart() {
    super.onStart();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'ch') { this.challenges.set(d.token, { requestId: d.id, operation: d.op }); this.seen.add(d.id); this.restored.add(d.token); }
      else { for (const [tok, c] of this.challenges) if (c.requestId === d.id) this.challenges.delete(tok); }
    }
  }
  onClient(client, m) {
    if (m.kind === 'submit' && !this.seen.has(m.requestId)) {
      super.onClient(client, m);
      for (const [tok, c] of this.challenges) if (c.requestId === m.requestId) { this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'ch', id: m.requestId, token: tok, op: c.operation }) }); this.port.sync(); }
      return;
    }
    if ((m.kind === 'confirm' || m.kind === 'abandon') && this.challenges.get(m.token)?.requestId === m.requestId) {
      if (this.restored.has(m.token)) probe(N, `restored challenge used ${m.requestId}`);
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'used', id: m.requestId }) }); this.port.sync();
    }
    super.onClient(client, m);
  }
}
export default sut(N, { cp: CP });
