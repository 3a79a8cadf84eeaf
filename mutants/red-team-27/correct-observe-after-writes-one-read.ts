// @ts-nocheck
// CORRECT (we believe): read-after-write holding (as correct-observe-after-writes), and the
// observes held meanwhile are released together with ONE read, sent after all of them arrived;
// its state answers each of them under its own request id.
import { HoldingControlPlane } from './_hold.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends HoldingControlPlane {
  batches = new Map();
  release(held) {
    if (held.length === 1) return super.release(held);
    probe('one-read-for', held.length);
    const readId = held[0].requestId;
    this.batches.set(readId, held);
    this.port.send(this.config.kernel, { kind: 'read', requestId: readId });
  }
  onKernel(reply) {
    if (reply.kind === 'state' && this.batches.has(reply.requestId)) {
      const batch = this.batches.get(reply.requestId);
      this.batches.delete(reply.requestId);
      for (const { client, requestId } of batch) this.port.send(client, { kind: 'observed', requestId, state: reply.state });
      return;
    }
    super.onKernel(reply);
  }
}
export default sutWith('red27-correct-observe-after-writes-one-read', CP);
