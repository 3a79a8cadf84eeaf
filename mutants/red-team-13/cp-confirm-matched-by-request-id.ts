// @ts-nocheck
// Mutant (4.2, 5.1, 10): confirms are matched by request id, not by token. "The token is only
// there to stop forgery; if this incarnation has a challenge out for that very request, the
// confirm is for it." Without faults it is the reference. With a crash AND a duplicated submit
// together it differs: the copy of the submit that arrives after the restart gets a fresh
// challenge (the client ignores it: it already answered one), then the operator's confirm of
// the crashed incarnation's challenge arrives — and is executed, where the reference answers
// "challenge expired — outcome unknown". A challenge of a dead incarnation is honoured.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class ByIdControlPlane extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'confirm' || message.kind === 'abandon') {
      const exact = this.challenges.get(message.token);
      if (exact === undefined || exact.requestId !== message.requestId) {
        for (const [token, challenge] of this.challenges) {
          if (challenge.requestId === message.requestId) {
            return super.onClient(client, { ...message, token });
          }
        }
      }
    }
    return super.onClient(client, message);
  }
}

export default {
  ...reference,
  name: 'red13-cp-confirm-matched-by-request-id',
  createControlPlane: (port, config) => new ByIdControlPlane(port, config),
};
