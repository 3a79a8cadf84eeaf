// @ts-nocheck
// Written as a correct design, renamed after the sweep: red team 4's catalogued mutant
// cp-resends-challenge-on-duplicate-submit is the same system (README.md, "After").
// A duplicate submit of a request still awaiting confirmation is answered with the very
// same challenge again (idempotent), and logged as a duplicate.
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-rechallenge-dup';
class CP extends ControlPlane {
  onClient(client, m) {
    if (m.kind === 'submit' && this.seen.has(m.requestId)) {
      for (const [token, c] of this.challenges) {
        if (c.requestId === m.requestId) {
          probe(N, `rechallenge ${m.requestId}`);
          this.audit('duplicate-request', m.requestId, 'unknown');
          this.port.send(client, { kind: 'challenge', requestId: m.requestId, token, operation: c.operation });
          return;
        }
      }
    }
    super.onClient(client, m);
  }
}
export default sut(N, { cp: CP });
