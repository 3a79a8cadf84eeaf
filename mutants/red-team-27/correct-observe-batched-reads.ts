// @ts-nocheck
// CORRECT (we believe): reads are rate limited. Observes are collected for 5 ms and one read,
// sent after all of them arrived, answers the whole batch (each under its own request id).
import { HoldingControlPlane } from './_hold.ts';
import { sutWith, probe } from './_sut.ts';

const BATCH_MS = 5;
class CP extends HoldingControlPlane {
  tick = 0;
  batches = new Map(); // read id -> held observes
  mustHold() { return true; }
  onClient(client, message) {
    super.onClient(client, message);
    if (message.kind === 'observe' && this.tick === 0) this.tick = this.port.setTimer(BATCH_MS, '__reads');
  }
  maybeRelease() {}
  onTimer(name, id) {
    if (name !== '__reads') return super.onTimer(name, id);
    this.tick = 0;
    const held = this.held;
    this.held = [];
    if (held.length === 0) return;
    probe('batched-read', held.length);
    const readId = held[0].requestId;
    this.batches.set(readId, held);
    this.port.send(this.config.kernel, { kind: 'read', requestId: readId });
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      const batch = this.batches.get(reply.requestId);
      if (batch === undefined) return;
      this.batches.delete(reply.requestId);
      for (const { client, requestId } of batch) this.port.send(client, { kind: 'observed', requestId, state: reply.state });
      return;
    }
    super.onKernel(reply);
  }
}
export default sutWith('red27-correct-observe-batched-reads', CP);
