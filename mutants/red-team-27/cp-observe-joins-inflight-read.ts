// @ts-nocheck
// Read coalescing: an observe that arrives while a read is in flight joins it instead of
// sending its own, and is answered with that read's state — which the kernel may have taken
// before this observe was even asked.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  inflight = null; // { readId, joined: [{client, requestId}], timer }
  joinedByRead = new Map();
  onClient(client, message) {
    if (message.kind === 'observe' && this.inflight !== null) {
      probe('join-inflight', message.requestId, '->', this.inflight.readId);
      this.inflight.joined.push({ client, requestId: message.requestId });
      return;
    }
    super.onClient(client, message);
    if (message.kind === 'observe') {
      const entry = { readId: message.requestId, joined: [], timer: this.port.setTimer(this.config.kernelTimeoutMs, '__read') };
      this.inflight = entry;
      this.joinedByRead.set(message.requestId, entry);
    }
  }
  onTimer(name, id) {
    if (name === '__read') { this.inflight = null; return; }
    super.onTimer(name, id);
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      const entry = this.joinedByRead.get(reply.requestId);
      if (entry !== undefined) {
        this.joinedByRead.delete(reply.requestId);
        if (this.inflight === entry) { this.port.cancelTimer(entry.timer); this.inflight = null; }
        for (const { client, requestId } of entry.joined) this.port.send(client, { kind: 'observed', requestId, state: reply.state });
      }
    }
    super.onKernel(reply);
  }
}
export default sutWith('red27-cp-observe-joins-inflight-read', CP);
