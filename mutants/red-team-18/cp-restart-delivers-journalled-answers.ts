// @ts-nocheck
// MUTANT (5.3, 10): the control plane journals each answer it is about to send (synced,
// with the clients it goes to) and marks it delivered after the sends. A restarted control
// plane "finishes" what the crash interrupted: every journalled answer not marked delivered
// is sent now. The answer is the kernel's own decision — but it is a replay, made by
// recovery, of work in flight at the crash.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

const J = (o) => ({ kind: 'INTENT', data: JSON.stringify(o) });
class CP extends ControlPlane {
  onStart() {
    super.onStart();
    const open = new Map();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'answer') open.set(d.id, d);
      else open.delete(d.id);
    }
    for (const [id, d] of open) {
      for (const client of d.clients) this.port.send(client, d.msg);
      this.port.append(J({ t: 'delivered', id }));
      this.port.sync();
    }
  }
  answer(requestId, outcome, source, rejection, text) {
    const clients = this.waiting.get(requestId);
    if (clients === undefined || clients.length === 0) return super.answer(requestId, outcome, source, rejection, text);
    const msg = { kind: 'answer', requestId, outcome, source, rejection, text };
    this.port.append(J({ t: 'answer', id: requestId, clients: [...clients], msg }));
    this.port.sync();
    super.answer(requestId, outcome, source, rejection, text);
    this.port.append(J({ t: 'delivered', id: requestId }));
    this.port.sync();
  }
}
export default { ...reference, name: 'red18-cp-restart-delivers-journalled-answers', createControlPlane: (p, c) => new CP(p, c) };
