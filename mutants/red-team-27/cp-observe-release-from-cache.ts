// @ts-nocheck
// Read-after-write holding, but held observes are released from the state of the last read
// ("we just waited, no need to ask again") — a state from before the writes they waited for.
import { HoldingControlPlane } from './_hold.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends HoldingControlPlane {
  lastState = null;
  onKernel(reply) {
    if (reply.kind === 'state') this.lastState = reply.state;
    super.onKernel(reply);
  }
  release(held) {
    if (this.lastState === null) return super.release(held);
    probe('from-cache', held.length);
    for (const { client, requestId } of held) this.port.send(client, { kind: 'observed', requestId, state: this.lastState });
  }
}
export default sutWith('red27-cp-observe-release-from-cache', CP);
