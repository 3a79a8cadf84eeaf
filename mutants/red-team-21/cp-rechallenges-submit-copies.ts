// @ts-nocheck
// MUTANT (spec 6.2 "The control plane MUST detect duplicates where possible", 9): a copy of a
// submit that this incarnation already challenged is not detected: it is challenged again
// under a fresh token, and nothing is audited.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'submit' && this.seen.has(message.requestId) && !this.dispatched.has(message.requestId)) {
      const live = [...this.challenges.values()].find((c) => c.requestId === message.requestId);
      if (live !== undefined) {
        if (process.env.RT21_LOG) console.error('RT21 rechallenge', message.requestId);
        const token = this.port.drawId();
        this.challenges.set(token, { requestId: message.requestId, operation: message.operation });
        this.port.send(client, { kind: 'challenge', requestId: message.requestId, token, operation: message.operation });
        return;
      }
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'cp-rechallenges-submit-copies', createControlPlane: (p, c) => new CP(p, c) };
