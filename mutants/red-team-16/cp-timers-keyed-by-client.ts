// @ts-nocheck
// Mix-up: the kernel timers are kept per client (one timer per client, last writer wins):
// starting a timer for a client's second request cancels the timer of its first, and when
// a timer fires it times out the client's latest request.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class TimerByClientCP extends ControlPlane {
  lastClient = null;
  byClient = new Map(); // client -> { requestId, timer }
  onClient(client, message) { this.lastClient = client; return super.onClient(client, message); }
  startKernelTimer(requestId) {
    const prev = this.byClient.get(this.lastClient);
    if (prev !== undefined) { this.timers.delete(prev.requestId); this.port.cancelTimer(prev.timer); }
    this.stopKernelTimer(requestId);
    const timer = this.port.setTimer(this.config.kernelTimeoutMs, requestId);
    this.timers.set(requestId, timer);
    this.byClient.set(this.lastClient, { requestId, timer });
  }
}
export default { ...reference, name: 'cp-timers-keyed-by-client', createControlPlane: (p, c) => new TimerByClientCP(p, c) };
