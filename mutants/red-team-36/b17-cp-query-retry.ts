// @ts-nocheck
// Breaks 10 ("No retries are attempted") and 12 ("No hidden retries"): a fenced query is
// idempotent, so when it times out the control plane resends it once before answering
// "unknown".
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'outcome-query') (this.queries ??= new Map()).set(message.requestId, 0);
    super.onClient(client, message);
  }
  onKernel(reply) {
    this.queries?.delete(reply.requestId);
    super.onKernel(reply);
  }
  onTimer(name) {
    if (this.timers.has(name) && this.queries?.get(name) === 0) {
      this.queries.set(name, 1);
      this.timers.delete(name);
      probe('b17-cp-query-retry', name);
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: name });
      this.startKernelTimer(name);
      return;
    }
    super.onTimer(name);
  }
}
export default sut('b17-cp-query-retry', { createControlPlane: (p, c) => new CP(p, c) });
