// @ts-nocheck
// MUTANT (8.2, 9, 4.2): when the operator abandons one request, the client also sends abandon
// (with the right tokens) for every other request of its own that sits at a challenge, "to
// clear the screen", but leaves them on screen: the operator can still type confirm for them,
// which the client passes on — to a control plane that has already retired the token.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class C extends Client {
  onOperator(command) {
    super.onOperator(command);
    if (command.kind === 'abandon') {
      for (const [id, r] of this.requests) {
        if (id !== command.requestId && r.phase === 'challenged') {
          this.port.send(this.config.controlPlane, { kind: 'abandon', requestId: id, token: r.token });
        }
      }
    }
  }
}
export default { ...reference, name: 'client-abandon-sweeps-other-challenges', createClient: (p, c) => new C(p, c) };
