// @ts-nocheck
// CORRECT (unusual): an outcome query about a request whose dispatch this incarnation has in flight
// (sent, not answered, not timed out) does not send a fenced query: the asker waits for that
// dispatch's own kernel reply (or its timeout, "unknown"). The answer still comes from the kernel;
// a later ask, after the timeout, sends the fenced query as usual.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'outcome-query' && this.dispatched.has(message.requestId) && this.timers.has(message.requestId)) {
      this.wait(message.requestId, client);
      return;
    }
    super.onClient(client, message);
  }
}
export default sutWith('correct-cp-query-piggyback', { createControlPlane: (p, c) => new CP(p, c) });
