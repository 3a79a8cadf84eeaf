// @ts-nocheck
// CORRECT: the control plane remembers, in memory and for this incarnation only, every first
// decision the kernel told it (decision, DUPLICATE, query answer) and answers a later outcome
// query about the same request id from it — a copy of a query, a second operator asking, the
// quiet phase's re-ask — labelled with where it heard it. First decisions never change.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

const SOURCE = { decision: 'kernel-decision', duplicate: 'kernel-duplicate', 'query-answer': 'kernel-query' };
class CP extends ControlPlane {
  heard = new Map();
  onKernel(reply) {
    if (reply.kind === 'decision') this.heard.set(reply.requestId, { first: reply.decision, source: SOURCE.decision });
    else if (reply.kind === 'duplicate' || reply.kind === 'query-answer') this.heard.set(reply.requestId, { first: reply.first, source: SOURCE[reply.kind] });
    super.onKernel(reply);
  }
  onClient(client, message) {
    if (message.kind === 'outcome-query' && this.heard.has(message.requestId) && !this.timers.has(message.requestId)) {
      const h = this.heard.get(message.requestId);
      this.wait(message.requestId, client);
      this.report(message.requestId, h.first, h.source, 'outcome-resolved');
      return;
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'correct-cp-outcome-from-heard-decision', createControlPlane: (p, c) => new CP(p, c) };
