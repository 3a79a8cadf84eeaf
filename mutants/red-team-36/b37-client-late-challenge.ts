// @ts-nocheck
// Breaks 4.2/2 ("Operator must restart and reissue"; explicit re-issuance) and 6.2: after the
// client told its operator "no response — outcome unknown" for a submit, a challenge that
// arrives late is shown anyway ("better late than never") and can be confirmed — while the
// operator, told nothing happened, may already have re-issued the same intent.
import { Client, probe, sut } from './lib/common.ts';

class C extends Client {
  onMessage(from, message) {
    if (message.kind === 'challenge') {
      const r = this.requests.get(message.requestId);
      if (r !== undefined && r.phase === 'done' && r.token === '' && !(this.revived ??= new Set()).has(message.requestId)) {
        this.revived.add(message.requestId);
        probe('b37-client-late-challenge', message.requestId);
        r.phase = 'submitted';
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('b37-client-late-challenge', { createClient: (p, c) => new C(p, c) });
