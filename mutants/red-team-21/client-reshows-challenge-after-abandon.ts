// @ts-nocheck
// MUTANT: a copy of a challenge that arrives after the operator abandoned it is shown again
// as an open question; the operator may now confirm what it abandoned.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
class C extends Client {
  onMessage(from, message) {
    if (message.kind === 'challenge') {
      const r = this.requests.get(message.requestId);
      if (r !== undefined && r.phase === 'done' && r.token === message.token) {
        r.phase = 'challenged';
        this.port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
        return;
      }
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'client-reshows-challenge-after-abandon', createClient: (p, c) => new C(p, c) };
