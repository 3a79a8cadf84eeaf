// @ts-nocheck
// Breaks 8.2/4.3 ("MUST NOT guess"; "Kernel state is authoritative"): the client lets an
// operator abandon right after confirming (it sends the abandon with the token), and the
// control plane, seeing the dispatch still unanswered, "cancels" it: it answers
// "not-executed — abandoned" at once, while the dispatch is in the network and may execute.
import { Client, ControlPlane, probe, sut } from './lib/common.ts';

class C extends Client {
  onOperator(command) {
    if (command.kind === 'abandon') {
      const r = this.requests.get(command.requestId);
      if (r !== undefined && r.phase === 'confirmed') {
        this.port.send(this.config.controlPlane, { kind: 'abandon', requestId: command.requestId, token: r.token });
        return;
      }
    }
    super.onOperator(command);
  }
}
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'confirm') (this.tokens ??= new Map()).set(message.requestId, message.token);
    if (message.kind === 'abandon' && this.timers.has(message.requestId) && this.tokens?.get(message.requestId) === message.token) {
      probe('b38-abandon-after-confirm-cancels', message.requestId);
      this.stopKernelTimer(message.requestId);
      this.audit('abandoned', message.requestId, 'not-executed');
      this.answer(message.requestId, 'not-executed', 'kernel-decision', null, 'abandoned — not executed');
      return;
    }
    super.onClient(client, message);
  }
}
export default sut('b38-abandon-after-confirm-cancels', { createClient: (p, c) => new C(p, c), createControlPlane: (p, c) => new CP(p, c) });
