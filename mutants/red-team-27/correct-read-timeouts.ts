// @ts-nocheck
// CORRECT (we believe): reads are timed out too. A read the kernel leaves unanswered for the
// kernel timeout is audited kernel-timeout (outcome unknown) and the operator told "unknown".
// (Read timers are kept apart from dispatch/query timers: only a state reply stops one.)
import { ControlPlane, KERNEL_TIMEOUT } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  readTimers = new Map();
  onClient(client, message) {
    super.onClient(client, message);
    if (message.kind === 'observe') {
      const old = this.readTimers.get(message.requestId);
      if (old !== undefined) this.port.cancelTimer(old);
      this.readTimers.set(message.requestId, this.port.setTimer(this.config.kernelTimeoutMs, 'read:' + message.requestId));
    }
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      const t = this.readTimers.get(reply.requestId);
      if (t !== undefined) { this.readTimers.delete(reply.requestId); this.port.cancelTimer(t); }
    }
    super.onKernel(reply);
  }
  onTimer(name, id) {
    if (name.startsWith('read:')) {
      const rid = name.slice(5);
      if (!this.readTimers.has(rid)) return;
      this.readTimers.delete(rid);
      probe('read-timeout', rid);
      this.audit('kernel-timeout', rid, 'unknown');
      this.answer(rid, 'unknown', 'timeout', null, KERNEL_TIMEOUT);
      return;
    }
    super.onTimer(name, id);
  }
}
export default sutWith('red27-correct-read-timeouts', CP);
