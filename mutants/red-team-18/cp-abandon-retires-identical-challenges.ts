// @ts-nocheck
// MUTANT (8.2): an abandon retires the abandoned operation, not just the abandoned request:
// every pending challenge, of any client, for the identical operation is withdrawn with it
// ("the operator decided against this change"). A cleanup triggered automatically: another
// operator's confirm of the same change then meets an expired challenge, and its withdrawal
// is in no audit record.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'abandon') {
      const challenge = this.challenges.get(message.token);
      if (challenge !== undefined && challenge.requestId === message.requestId) {
        const same = JSON.stringify(challenge.operation);
        for (const [token, other] of [...this.challenges]) {
          if (token !== message.token && JSON.stringify(other.operation) === same) this.challenges.delete(token);
        }
      }
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'red18-cp-abandon-retires-identical-challenges', createControlPlane: (p, c) => new CP(p, c) };
