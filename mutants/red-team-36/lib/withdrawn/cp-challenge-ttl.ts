// @ts-nocheck
// WITHDRAWN as a correct system (it labels a same-incarnation expiry "challenge-expired", which protocol.ts defines as another incarnation's token). Was: CORRECT (another design): a challenge is valid for 250 ms of the control plane's clock. A
// confirm that arrives after that is refused like a confirm for another incarnation's token —
// "challenge expired — outcome unknown", audited challenge-expired (9) — and is never dispatched.
// Refusing is what the spec prefers ("Rejection over uncertainty"); the operator re-issues (2).
// Expiry only ever prevents an execution; it never causes, retries or guesses one.
import { ControlPlane, probe, sut } from '../common.ts';

const TTL = 250;
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'submit') (this.issuedAt ??= new Map()).set(message.requestId, this.port.now());
    if (message.kind === 'confirm') {
      const c = this.challenges.get(message.token);
      const at = this.issuedAt?.get(message.requestId);
      if (c !== undefined && c.requestId === message.requestId && at !== undefined && this.port.now() - at > TTL) {
        probe('correct-cp-challenge-ttl', `path: ${message.requestId} confirmed ${this.port.now() - at} ms after its challenge`);
        this.challenges.delete(message.token);
      }
    }
    super.onClient(client, message);
  }
}
export default sut('correct-cp-challenge-ttl', { createControlPlane: (p, c) => new CP(p, c) });
