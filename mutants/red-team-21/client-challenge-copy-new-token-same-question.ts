// @ts-nocheck
// MUTANT: while a challenge is open, a challenge for the same request id with a DIFFERENT
// token (issued by a later control-plane incarnation to a copy of the submit) is shown as the
// same question, and its token replaces the one the operator was shown first.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
class C extends Client {
  onMessage(from, message) {
    if (message.kind === 'challenge') {
      const r = this.requests.get(message.requestId);
      if (r !== undefined && r.phase === 'challenged') {
        if (r.token !== message.token) globalThis.__rt21_newtoken = (globalThis.__rt21_newtoken ?? 0) + 1;
        r.token = message.token;
        this.port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
        return;
      }
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'client-challenge-copy-new-token-same-question', createClient: (p, c) => new C(p, c) };
