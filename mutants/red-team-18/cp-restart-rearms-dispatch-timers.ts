// @ts-nocheck
// MUTANT (10, 5.2): the control plane journals each dispatch (synced, before the send) and
// each kernel reply about it. A restarted control plane recovers that in-flight state: it
// re-arms the kernel timer of every journalled dispatch left unanswered, so that the old
// incarnation's dispatches still time out and get audited "kernel-timeout" — in-flight state
// recovered across a crash, and a timeout audited for a dispatch this incarnation never made.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

const J = (o) => ({ kind: 'INTENT', data: JSON.stringify(o) });
class CP extends ControlPlane {
  onStart() {
    super.onStart();
    const open = new Set();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'dispatched') open.add(d.id);
      else open.delete(d.id);
    }
    for (const id of open) this.startKernelTimer(id);
  }
  onClient(client, message) {
    if (message.kind === 'confirm') {
      const challenge = this.challenges.get(message.token);
      if (challenge !== undefined && challenge.requestId === message.requestId) {
        this.port.append(J({ t: 'dispatched', id: message.requestId }));
        this.port.sync();
      }
    }
    super.onClient(client, message);
  }
  onKernel(reply) {
    super.onKernel(reply);
    if (reply.kind === 'decision' || reply.kind === 'duplicate' || reply.kind === 'query-answer') {
      this.port.append(J({ t: 'closed', id: reply.requestId }));
      this.port.sync();
    }
  }
  onTimer(name) {
    const live = this.timers.has(name);
    super.onTimer(name);
    if (live) {
      this.port.append(J({ t: 'closed', id: name }));
      this.port.sync();
    }
  }
}
export default { ...reference, name: 'red18-cp-restart-rearms-dispatch-timers', createControlPlane: (p, c) => new CP(p, c) };
