// @ts-nocheck
// MUTANT (7.1): on a kernel rejection the control plane surfaces it verbatim — and then re-sends
// the same dispatch (same request id) once "in case the state has changed". The kernel answers
// the retry with a DUPLICATE, so nothing executes twice: a hidden retry of a rejected request.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
class CP extends ControlPlane {
  ops = new Map();
  retried = new Set();
  onClient(client, message) {
    if (message.kind === 'confirm') {
      const ch = this.challenges.get(message.token);
      if (ch !== undefined && ch.requestId === message.requestId) this.ops.set(ch.requestId, ch.operation);
    }
    super.onClient(client, message);
  }
  onKernel(reply) {
    super.onKernel(reply);
    if (reply.kind === 'decision' && reply.decision.kind === 'REJECT' && this.ops.has(reply.requestId) && !this.retried.has(reply.requestId)) {
      this.retried.add(reply.requestId);
      this.port.send(this.config.kernel, { kind: 'dispatch', requestId: reply.requestId, operation: this.ops.get(reply.requestId) });
    }
  }
}
export default { ...reference, name: 'cp-retries-rejection-same-id', createControlPlane: (port, config) => new CP(port, config) };
