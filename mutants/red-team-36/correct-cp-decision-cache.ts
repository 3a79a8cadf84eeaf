// @ts-nocheck
// CORRECT (another design): the control plane remembers, in memory only, the kernel's first
// decision for each request it has heard one about in this incarnation (decision, DUPLICATE or
// query answer). An outcome query about such a request is answered from that memory — a kernel
// decision is final ("A request id is decided once"), so this is kernel state (4.3), not a
// guess — with the source of the kernel message it came from; other queries go to the kernel as
// before. After a crash the memory is gone (10: no in-flight state is recovered).
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  onKernel(reply) {
    this.known ??= new Map();
    if (reply.kind === 'decision') this.known.set(reply.requestId, { first: reply.decision, source: 'kernel-decision' });
    if (reply.kind === 'duplicate') this.known.set(reply.requestId, { first: reply.first, source: 'kernel-duplicate' });
    if (reply.kind === 'query-answer') this.known.set(reply.requestId, { first: reply.first, source: 'kernel-query' });
    super.onKernel(reply);
  }
  onClient(client, message) {
    const k = this.known?.get(message.requestId);
    if (message.kind === 'outcome-query' && k !== undefined && !this.timers.has(message.requestId)) {
      this.wait(message.requestId, client);
      probe('correct-cp-decision-cache', `path: ${message.requestId} from memory`);
      this.report(message.requestId, k.first, k.source, null);
      return;
    }
    super.onClient(client, message);
  }
}
export default sut('correct-cp-decision-cache', { createControlPlane: (p, c) => new CP(p, c) });
