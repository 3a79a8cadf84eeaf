// @ts-nocheck
// Read-after-write holding plus read timeouts, but a held observe's read timer is armed when the
// observe arrives, not when its read is finally sent: the read is timed out (audited
// kernel-timeout) before the kernel had the kernel timeout to answer it.
import { HoldingControlPlane } from './_hold.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends HoldingControlPlane {
  readTimers = new Map();
  onClient(client, message) {
    super.onClient(client, message);
    if (message.kind === 'observe') this.readTimers.set(message.requestId, this.port.setTimer(this.config.kernelTimeoutMs, 'r:' + message.requestId));
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      const t = this.readTimers.get(reply.requestId);
      if (t !== undefined) { this.readTimers.delete(reply.requestId); this.port.cancelTimer(t); }
    }
    super.onKernel(reply);
  }
  onTimer(name, id) {
    if (name.startsWith('r:')) {
      const rid = name.slice(2);
      if (!this.readTimers.has(rid)) return;
      this.readTimers.delete(rid);
      if (this.held.some((h) => h.requestId === rid)) probe('read-timer-while-held', rid);
      this.held = this.held.filter((h) => h.requestId !== rid);
      this.audit('kernel-timeout', rid, 'unknown');
      this.answer(rid, 'unknown', 'timeout', null, 'no reply from the kernel — outcome unknown');
      this.maybeRelease();
      return;
    }
    super.onTimer(name, id);
  }
}
export default sutWith('red27-cp-held-read-timer-from-observe', CP);
