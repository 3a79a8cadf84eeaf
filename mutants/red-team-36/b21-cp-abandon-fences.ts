// @ts-nocheck
// Breaks 8.2 ("No cleanup action is triggered automatically"; "The system remains unchanged")
// and 1: to be "sure" an abandoned request can never run, the control plane fences it at the
// kernel — a FENCE record written for an operation the operator simply walked away from.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'abandon') {
      const c = this.challenges.get(message.token);
      if (c !== undefined && c.requestId === message.requestId) {
        probe('b21-cp-abandon-fences', message.requestId);
        super.onClient(client, message);
        this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: message.requestId });
        return;
      }
    }
    super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'query-answer' && !this.waiting.has(reply.requestId) && !this.timers.has(reply.requestId)) return;
    super.onKernel(reply);
  }
}
export default sut('b21-cp-abandon-fences', { createControlPlane: (p, c) => new CP(p, c) });
