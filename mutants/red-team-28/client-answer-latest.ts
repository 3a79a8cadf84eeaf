// @ts-nocheck
// Client: an answer for a request it no longer tracks as open (already timed out, or from
// before a restart) is shown as the answer to the operator's most recent open request.
import { Client, probe, sut } from './_sut.ts';
const N = 'client-answer-latest';
class C extends Client {
  onMessage(from, m) {
    if (m.kind === 'answer') {
      const r = this.requests.get(m.requestId);
      if (r === undefined || r.phase === 'done') {
        let latest;
        for (const [id, q] of this.requests) if (q.phase === 'confirmed' || q.phase === 'asking') latest = id;
        if (latest !== undefined && latest !== m.requestId) {
          probe(N, `answer for ${m.requestId} shown as ${latest}`);
          m = { ...m, requestId: latest };
        }
      }
    }
    super.onMessage(from, m);
  }
}
export default sut(N, { client: C });
