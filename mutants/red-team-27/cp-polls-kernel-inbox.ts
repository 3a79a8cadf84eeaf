// @ts-nocheck
// Kernel replies are put in an inbox and handled on a 6 ms poll; kernel timers fire directly.
// A reply already received can sit in the inbox while its timer fires: the request is audited
// kernel-timeout (and answered "unknown") although the kernel's answer had arrived.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

const POLL_MS = 6;
class CP extends ControlPlane {
  inbox = [];
  poll = 0;
  onMessage(from, message) {
    if (from === this.config.kernel) {
      this.inbox.push(message);
      if (this.poll === 0) this.poll = this.port.setTimer(POLL_MS, '__poll');
      return;
    }
    super.onMessage(from, message);
  }
  onTimer(name, id) {
    if (name === '__poll') {
      this.poll = 0;
      const box = this.inbox;
      this.inbox = [];
      for (const m of box) this.onKernel(m);
      return;
    }
    if (this.timers.has(name) && this.inbox.some((m) => m.requestId === name)) probe('timeout-with-reply-in-inbox', name);
    super.onTimer(name, id);
  }
}
export default sutWith('red27-cp-polls-kernel-inbox', CP);
