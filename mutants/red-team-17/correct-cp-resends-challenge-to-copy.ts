// @ts-nocheck
// CORRECT: a copy of a submit arriving while its challenge is still open (not confirmed, not
// abandoned) is audited as a duplicate, as in the reference, and answered with the SAME
// challenge again (same token, same operation) in case the first was lost. Still one token per
// request, consumed by the first confirm; no new challenge is ever issued for a seen request.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'submit' && this.seen.has(message.requestId)) {
      let open = null;
      for (const [token, ch] of this.challenges) if (ch.requestId === message.requestId) open = { token, ch };
      super.onClient(client, message); // audits the duplicate
      if (open !== null && this.challenges.has(open.token)) {
        this.port.send(client, { kind: 'challenge', requestId: message.requestId, token: open.token, operation: open.ch.operation });
      }
      return;
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'correct-cp-resends-challenge-to-copy', createControlPlane: (p, c) => new CP(p, c) };
