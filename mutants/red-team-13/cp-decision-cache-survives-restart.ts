// @ts-nocheck
// Mutant (5.3, 10, 12): a first-decision cache kept in a module-level variable "so that a restart
// does not lose it" (it is cleared when the control plane starts over an empty audit log, i.e.
// a new deployment). An outcome query about a request whose kernel decision any incarnation
// has seen is answered from that memory — no fenced query — so a restarted control plane
// answers from what a dead incarnation heard, not from kernel state. Recovery is no longer
// "restart and resume observation only".
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

let CACHE = new Map();

class CachingControlPlane extends ControlPlane {
  constructor(port, config) { super(port, config); this.p = port; }
  onStart() {
    if (this.p.records().length === 0) CACHE = new Map();
    super.onStart();
  }
  onClient(client, message) {
    if (message.kind === 'outcome-query') {
      const first = CACHE.get(message.requestId);
      if (first !== undefined) {
        this.wait(message.requestId, client);
        return this.report(message.requestId, first.first, first.source, 'outcome-resolved');
      }
    }
    return super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'decision') CACHE.set(reply.requestId, { first: reply.decision, source: 'kernel-decision' });
    else if (reply.kind === 'duplicate') CACHE.set(reply.requestId, { first: reply.first, source: 'kernel-duplicate' });
    else if (reply.kind === 'query-answer') CACHE.set(reply.requestId, { first: reply.first, source: 'kernel-query' });
    return super.onKernel(reply);
  }
}

export default {
  ...reference,
  name: 'red13-cp-decision-cache-survives-restart',
  createControlPlane: (port, config) => new CachingControlPlane(port, config),
};
