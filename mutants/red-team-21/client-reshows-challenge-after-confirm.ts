// @ts-nocheck
// MUTANT: a copy of a challenge (same token) that arrives after the operator confirmed is
// shown again as an open question; the operator may confirm it a second time, and the client
// sends a second confirm.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
class C extends Client {
  onMessage(from, message) {
    if (message.kind === 'challenge') {
      const r = this.requests.get(message.requestId);
      if (r !== undefined && r.phase === 'confirmed' && r.token === message.token) {
        if (process.env.RT21_LOG) console.error('RT21 reshow', message.requestId);
        this.stopTimer(r);
        r.phase = 'challenged';
        this.port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
        return;
      }
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'client-reshows-challenge-after-confirm', createClient: (p, c) => new C(p, c) };
