// @ts-nocheck
// BROKEN: while a dispatch is outstanding, an observe is answered at once with the state of
// the last read, held over from before the write.
import { probe, sut } from './_sut.ts';
import { HoldCP } from './_hold.ts';
const N = 'cp-observe-answer-pre-write';
class CP extends HoldCP {
  last = null;
  onKernel(reply) { if (reply.kind === 'state') this.last = reply.state; super.onKernel(reply); }
  onClient(client, m) {
    if (m.kind === 'observe' && this.outstanding.size > 0 && this.last !== null) {
      probe(N, `pre-write answer ${m.requestId}`);
      this.port.send(client, { kind: 'observed', requestId: m.requestId, state: this.last });
      return;
    }
    super.onClient(client, m);
  }
}
export default sut(N, { cp: CP });
