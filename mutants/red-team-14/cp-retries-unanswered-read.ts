// @ts-nocheck
// The control plane re-sends an observe's read to the kernel once if the kernel has not
// answered within its kernel timeout ("reads are side-effect free, so retrying is safe").
// A hidden retry all the same: spec 2 ("Phase 7 never attempts to ... retry"), 10 ("No
// retries are attempted"), 12 ("Tests MUST assert: no hidden retries").
import { ControlPlane } from '../../src/control-plane.ts';
import { reference } from '../../src/index.ts';

const PREFIX = 'read-retry:';

class ReadRetryingControlPlane extends ControlPlane {
  readTimers = new Map();
  onClient(client, message) {
    super.onClient(client, message);
    if (message.kind === 'observe' && !this.readTimers.has(message.requestId)) {
      this.readTimers.set(message.requestId, this.port.setTimer(this.config.kernelTimeoutMs, PREFIX + message.requestId));
    }
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      const t = this.readTimers.get(reply.requestId);
      if (t !== undefined && t !== 0) this.port.cancelTimer(t);
      this.readTimers.set(reply.requestId, 0);
    }
    super.onKernel(reply);
  }
  onTimer(name, id) {
    if (name.startsWith(PREFIX)) {
      const requestId = name.slice(PREFIX.length);
      this.readTimers.set(requestId, 0);
      if (this.waiting.has(requestId)) this.port.send(this.config.kernel, { kind: 'read', requestId });
      return;
    }
    super.onTimer(name, id);
  }
}
export default { ...reference, name: 'red14-cp-retries-unanswered-read', createControlPlane: (p, c) => new ReadRetryingControlPlane(p, c) };
