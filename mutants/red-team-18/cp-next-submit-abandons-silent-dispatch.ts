// @ts-nocheck
// MUTANT (3, 8.2, 9): the control plane takes a client's next submit as proof that its
// operator walked away from the request it last dispatched for that client: if the kernel
// never answered that dispatch, it is logged "abandoned — not executed" (a client-domain
// inference about a kernel-domain outcome). When the kernel's decision was merely lost or
// late, the log says not executed about a request that executed.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CP extends ControlPlane {
  lastOf = new Map();
  decided = new Set();
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId)) {
      const last = this.lastOf.get(client);
      if (last !== undefined && !this.decided.has(last)) {
        this.lastOf.delete(client);
        this.stopKernelTimer(last);
        this.decided.add(last);
        this.audit('abandoned', last, 'not-executed');
      }
    }
    if (message.kind === 'confirm') {
      const challenge = this.challenges.get(message.token);
      if (challenge !== undefined && challenge.requestId === message.requestId) this.lastOf.set(client, message.requestId);
    }
    super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'decision' || reply.kind === 'duplicate' || reply.kind === 'query-answer') this.decided.add(reply.requestId);
    super.onKernel(reply);
  }
}
export default { ...reference, name: 'red18-cp-next-submit-abandons-silent-dispatch', createControlPlane: (p, c) => new CP(p, c) };
