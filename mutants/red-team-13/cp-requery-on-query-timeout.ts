// @ts-nocheck
// Mutant (10: "no retries are attempted"): when a fenced outcome query goes unanswered for the
// kernel timeout, the control plane sends the same fenced query once more before it gives up
// and answers "unknown" — "a query is read-only and idempotent, so asking twice is safe". Only a
// lost query (a drop, a partition, a kernel down) AND an operator asking show it.
import { reference } from '../../src/index.ts';
import { ControlPlane, KERNEL_TIMEOUT } from '../../src/control-plane.ts';

class RequeryControlPlane extends ControlPlane {
  constructor(port, config) { super(port, config); this.p = port; this.cfg = config; this.queries = new Set(); this.retried = new Set(); }
  onClient(client, message) {
    if (message.kind === 'outcome-query') { this.queries.add(message.requestId); this.retried.delete(message.requestId); }
    return super.onClient(client, message);
  }
  onKernel(reply) {
    this.queries.delete(reply.requestId);
    return super.onKernel(reply);
  }
  onTimer(name, id) {
    if (this.timers.has(name) && this.queries.has(name) && !this.retried.has(name) && !this.dispatched.has(name)) {
      this.retried.add(name);
      this.timers.delete(name);
      this.p.send(this.cfg.kernel, { kind: 'fenced-query', requestId: name });
      this.startKernelTimer(name);
      return;
    }
    this.queries.delete(name);
    return super.onTimer(name, id);
  }
}

export default {
  ...reference,
  name: 'red13-cp-requery-on-query-timeout',
  createControlPlane: (port, config) => new RequeryControlPlane(port, config),
};
