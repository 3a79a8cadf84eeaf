// @ts-nocheck
// Control plane: read coalescing. An observe that arrives while a kernel read sent less than 20 ms
// ago is still unanswered rides on that read and gets its state. But that read may have been
// served by the kernel before this observe was even issued: the operator can see a state older than
// an outcome it was already told (4.3, 10: observation of kernel state).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
const WINDOW_MS = 20;
class CP extends ControlPlane {
  constructor(p, c) { super(p, c); this.inflight = null; this.riders = new Map(); }
  onClient(client, message) {
    if (message.kind === 'observe') {
      const f = this.inflight;
      if (f !== null && this.port.now() - f.at < WINDOW_MS && f.requestId !== message.requestId) {
        const list = this.riders.get(f.requestId) ?? [];
        list.push({ client, requestId: message.requestId });
        this.riders.set(f.requestId, list);
        return;
      }
      this.inflight = { requestId: message.requestId, at: this.port.now() };
    }
    super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      if (this.inflight?.requestId === reply.requestId) this.inflight = null;
      const riders = this.riders.get(reply.requestId) ?? [];
      this.riders.delete(reply.requestId);
      super.onKernel(reply);
      for (const r of riders) probe('cp-observe-coalesce', `observe ${r.requestId} answered with the state of read ${reply.requestId}`);
      for (const r of riders) this.port.send(r.client, { kind: 'observed', requestId: r.requestId, state: reply.state });
      return;
    }
    super.onKernel(reply);
  }
}
export default sutWith('cp-observe-coalesce', { createControlPlane: (p, c) => new CP(p, c) });
