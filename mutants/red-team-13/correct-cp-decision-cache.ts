// @ts-nocheck
// Correct alternative: within one incarnation, the control plane remembers each kernel first
// decision it has received (a decision is final: the kernel never decides a request id twice)
// and answers an outcome query about such a request from it, without another fenced query.
// Memory only: a crash loses it (spec 10). The answer is the kernel's, unaltered.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CachingControlPlane extends ControlPlane {
  constructor(port, config) { super(port, config); this.firsts = new Map(); }
  onClient(client, message) {
    if (message.kind === 'outcome-query') {
      const first = this.firsts.get(message.requestId);
      if (first !== undefined) {
        this.wait(message.requestId, client);
        return this.report(message.requestId, first.first, first.source, 'outcome-resolved');
      }
    }
    return super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'decision') this.firsts.set(reply.requestId, { first: reply.decision, source: 'kernel-decision' });
    else if (reply.kind === 'duplicate') this.firsts.set(reply.requestId, { first: reply.first, source: 'kernel-duplicate' });
    else if (reply.kind === 'query-answer') this.firsts.set(reply.requestId, { first: reply.first, source: 'kernel-query' });
    return super.onKernel(reply);
  }
}

export default {
  ...reference,
  name: 'red13-correct-cp-decision-cache',
  createControlPlane: (port, config) => new CachingControlPlane(port, config),
};
