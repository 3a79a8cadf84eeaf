// @ts-nocheck
// Correct (a client that keeps less state): a request's entry is dropped as soon as it is settled (answered, observed, timed out, abandoned).
import { Client } from '../../src/client.ts';
import { probe, sut } from './_sut.ts';
class C extends Client {
  sweep() { for (const [id, r] of this.requests) if (r.phase === 'done') { probe('correct-client-forget-done'); this.requests.delete(id); } }
  onOperator(c) { super.onOperator(c); this.sweep(); }
  onMessage(f, m) { super.onMessage(f, m); this.sweep(); }
  onTimer(n, i) { super.onTimer(n, i); this.sweep(); }
}
export default sut('correct-client-forget-done', { createClient: (p, c) => new C(p, c) });
