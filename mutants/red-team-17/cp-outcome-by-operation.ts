// @ts-nocheck
// MUTANT (4.3): the control plane caches the first decisions it hears from the kernel in this
// incarnation keyed by the OPERATION (content-addressed "idempotency"), and answers an outcome
// query for a request whose operation it knows from that cache — a decision heard about another
// request that carried the same operation (typically the operator's re-issue).
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CP extends ControlPlane {
  opOf = new Map(); byOp = new Map();
  onClient(client, message) {
    if (message.kind === 'submit') this.opOf.set(message.requestId, JSON.stringify(message.operation));
    if (message.kind === 'outcome-query' && this.opOf.has(message.requestId) && this.byOp.has(this.opOf.get(message.requestId))) {
      this.wait(message.requestId, client);
      this.report(message.requestId, this.byOp.get(this.opOf.get(message.requestId)), 'kernel-query', 'outcome-resolved');
      return;
    }
    super.onClient(client, message);
  }
  onKernel(reply) {
    const op = this.opOf.get(reply.requestId);
    if (op !== undefined) {
      if (reply.kind === 'decision') this.byOp.set(op, reply.decision);
      else if (reply.kind === 'duplicate' || reply.kind === 'query-answer') this.byOp.set(op, reply.first);
    }
    super.onKernel(reply);
  }
}
export default { ...reference, name: 'cp-outcome-by-operation', createControlPlane: (p, c) => new CP(p, c) };
