// @ts-nocheck
// CORRECT (different design): an outcome query for a request whose dispatch is still
// unanswered does not restart the kernel timer: the wait keeps its first deadline, and
// the query gets the same answer as the dispatch (decision, or "unknown" at that deadline).
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'correct-timeout-keep-first-deadline';
class CP extends ControlPlane {
  onClient(client, m) {
    if (m.kind === 'outcome-query' && this.timers.has(m.requestId)) {
      probe(N, `re-ask keeps deadline ${m.requestId}`);
      this.wait(m.requestId, client);
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: m.requestId });
      return;
    }
    super.onClient(client, m);
  }
}
export default sut(N, { cp: CP });
