// @ts-nocheck
// MUTANT (4.2): a confirm from a client is taken as the operator's go-ahead for every challenge
// still pending for that client address ("they moved on, so they agreed"): those are dispatched
// too. Misbehaves when a client has two open challenges — e.g. it crashed before confirming the
// first, restarted at the same address, and the operator then confirms a new request.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
class CP extends ControlPlane {
  owner = new Map();
  onClient(client, message) {
    const tokens = new Set(this.challenges.keys());
    const valid = message.kind === 'confirm' && this.challenges.get(message.token)?.requestId === message.requestId;
    super.onClient(client, message);
    for (const t of this.challenges.keys()) if (!tokens.has(t)) this.owner.set(t, client);
    if (!valid) return;
    for (const [token, ch] of [...this.challenges]) {
      if (this.owner.get(token) !== client) continue;
      this.challenges.delete(token);
      this.dispatched.add(ch.requestId);
      this.wait(ch.requestId, client);
      this.port.send(this.config.kernel, { kind: 'dispatch', requestId: ch.requestId, operation: ch.operation });
      this.startKernelTimer(ch.requestId);
    }
  }
}
export default { ...reference, name: 'cp-confirm-confirms-all-pending-of-client', createControlPlane: (port, config) => new CP(port, config) };
