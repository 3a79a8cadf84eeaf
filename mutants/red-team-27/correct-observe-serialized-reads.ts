// @ts-nocheck
// CORRECT (we believe): at most one read in flight. Observes that arrive meanwhile queue, and
// one read, sent after they all arrived, answers the queue when the read in flight is answered
// or has been silent for the kernel timeout.
import { HoldingControlPlane } from './_hold.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends HoldingControlPlane {
  current = null; // { readId, timer }
  batches = new Map();
  mustHold() { return this.current !== null; }
  maybeRelease() {}
  sendRead(batch) {
    const readId = batch[0].requestId;
    this.batches.set(readId, batch);
    this.port.send(this.config.kernel, { kind: 'read', requestId: readId });
    this.current = { readId, timer: this.port.setTimer(this.config.kernelTimeoutMs, '__read') };
  }
  next() {
    this.current = null;
    if (this.held.length === 0) return;
    const held = this.held;
    this.held = [];
    probe('serialized-read', held.length);
    this.sendRead(held);
  }
  onClient(client, message) {
    if (message.kind === 'observe' && !this.mustHold()) {
      this.sendRead([{ client, requestId: message.requestId }]);
      return;
    }
    super.onClient(client, message);
  }
  onTimer(name, id) {
    if (name === '__read') return this.next();
    super.onTimer(name, id);
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      const batch = this.batches.get(reply.requestId);
      if (batch === undefined) return;
      this.batches.delete(reply.requestId);
      for (const { client, requestId } of batch) this.port.send(client, { kind: 'observed', requestId, state: reply.state });
      if (this.current !== null && this.current.readId === reply.requestId) {
        this.port.cancelTimer(this.current.timer);
        this.next();
      }
      return;
    }
    super.onKernel(reply);
  }
}
export default sutWith('red27-correct-observe-serialized-reads', CP);
