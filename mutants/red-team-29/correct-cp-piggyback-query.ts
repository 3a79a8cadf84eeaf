// @ts-nocheck
// Correct (different design): an outcome-query about a request whose dispatch this incarnation is still waiting on does not send a fenced query; the asker joins the dispatch's waiters and gets the kernel's decision, or "unknown" at the dispatch's timeout.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  onClient(client, m) {
    if (m.kind === 'outcome-query' && this.dispatched.has(m.requestId) && this.timers.has(m.requestId) && this.waiting.has(m.requestId)) {
      probe('correct-cp-piggyback-query');
      this.wait(m.requestId, client);
      return;
    }
    super.onClient(client, m);
  }
}
export default sut('correct-cp-piggyback-query', { createControlPlane: (p, c) => new CP(p, c) });
