// @ts-nocheck
// MUTANT (4.2, 1): a copy of a submit whose challenge is still open makes the control plane
// retire that challenge's token and challenge again with a fresh one. The client (which answers
// one challenge per request) confirms with the first token, and is told "challenge expired —
// outcome unknown": the operator's confirm is lost and a never-dispatched request is "unknown".
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'submit' && this.seen.has(message.requestId)) {
      for (const [token, ch] of [...this.challenges]) {
        if (ch.requestId === message.requestId) {
          this.challenges.delete(token);
          const fresh = this.port.drawId();
          this.challenges.set(fresh, ch);
          this.port.send(client, { kind: 'challenge', requestId: ch.requestId, token: fresh, operation: ch.operation });
          return;
        }
      }
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'cp-rotates-token-on-copy', createControlPlane: (p, c) => new CP(p, c) };
