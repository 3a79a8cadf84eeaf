// @ts-nocheck
// Breaks 4.3/10 (observation must reflect kernel state, "resume observation only"): to save
// kernel round trips, an observe that arrives while another observe's read is in flight is
// answered with that read's state — a state the kernel may have read before this operator
// even asked, missing changes the operator was already told executed.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  onClient(client, message) {
    this.riders ??= new Map();
    this.inflight ??= [];
    if (message.kind === 'observe' && this.inflight.length > 0) {
      const carrier = this.inflight[this.inflight.length - 1];
      probe('b14-cp-coalesce-reads', `${message.requestId} rides ${carrier}`);
      const list = this.riders.get(carrier) ?? [];
      list.push({ client, requestId: message.requestId });
      this.riders.set(carrier, list);
      return;
    }
    if (message.kind === 'observe') this.inflight.push(message.requestId);
    super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'state' && this.inflight) {
      this.inflight = this.inflight.filter((id) => id !== reply.requestId);
      for (const r of this.riders.get(reply.requestId) ?? []) this.port.send(r.client, { kind: 'observed', requestId: r.requestId, state: reply.state });
      this.riders.delete(reply.requestId);
    }
    super.onKernel(reply);
  }
}
export default sut('b14-cp-coalesce-reads', { createControlPlane: (p, c) => new CP(p, c) });
