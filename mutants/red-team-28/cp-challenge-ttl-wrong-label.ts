// @ts-nocheck
// Written as a correct design (a challenge expires 1000 ms after it was issued; a later
// confirm is answered "challenge expired — outcome unknown" and never dispatched); renamed
// after the sweep: it labels the answer `challenge-expired`, which src/protocol.ts reserves
// for a token this incarnation did not issue (the team's own reading, README.md).
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-challenge-ttl-wrong-label';
const TTL = 1000;
class CP extends ControlPlane {
  issuedAt = new Map();
  onClient(client, m) {
    if (m.kind === 'submit' && !this.seen.has(m.requestId)) {
      super.onClient(client, m);
      for (const [t, c] of this.challenges) if (c.requestId === m.requestId) this.issuedAt.set(t, this.port.now());
      return;
    }
    if (m.kind === 'confirm' && this.challenges.has(m.token) && this.port.now() - (this.issuedAt.get(m.token) ?? 0) > TTL) {
      probe(N, `expired by ttl ${m.requestId}`);
      this.challenges.delete(m.token);
    }
    super.onClient(client, m);
  }
}
export default sut(N, { cp: CP });
