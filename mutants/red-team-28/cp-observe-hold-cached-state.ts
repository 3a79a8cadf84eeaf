// @ts-nocheck
// BROKEN: holds observes while dispatches are outstanding and, once they settle, answers
// them from the state of the last read it did (a cache) instead of reading again.
import { probe, sut } from './_sut.ts';
import { HoldCP } from './_hold.ts';
const N = 'cp-observe-hold-cached-state';
class CP extends HoldCP {
  last = null;
  onKernel(reply) { if (reply.kind === 'state') this.last = reply.state; super.onKernel(reply); }
  readFor(h) {
    if (this.last === null) return super.readFor(h);
    probe(N, `cached answer ${h.requestId}`);
    this.port.send(h.client, { kind: 'observed', requestId: h.requestId, state: this.last });
  }
}
export default sut(N, { cp: CP });
