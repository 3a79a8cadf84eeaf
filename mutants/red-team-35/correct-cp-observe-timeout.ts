// @ts-nocheck
// CORRECT (unusual): the control plane times out reads as it times out dispatches: an observe the
// kernel does not answer within the kernel timeout is told "no reply from the kernel — state
// unknown" (an answer with outcome unknown, source timeout), instead of leaving the client to its
// own timeout; the failure is audited first (9). It claims nothing about kernel state, and a late state reply is dropped.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
const PREFIX = 'read-timeout:';
class CP extends ControlPlane {
  constructor(p, c) { super(p, c); this.readTimers = new Map(); }
  onClient(client, message) {
    super.onClient(client, message);
    if (message.kind === 'observe' && !this.readTimers.has(message.requestId)) {
      this.readTimers.set(message.requestId, this.port.setTimer(this.config.kernelTimeoutMs, PREFIX + message.requestId));
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
    if (name.startsWith(PREFIX)) {
      const requestId = name.slice(PREFIX.length);
      this.readTimers.delete(requestId);
      if (!this.waiting.has(requestId)) return;
      this.audit('kernel-timeout', requestId, 'unknown'); // a failure, logged before it is told (9)
      for (const client of this.takeWaiting(requestId)) {
        this.port.send(client, { kind: 'answer', requestId, outcome: 'unknown', source: 'timeout', rejection: null, text: 'no reply from the kernel — state unknown' });
      }
      return;
    }
    super.onTimer(name, id);
  }
}
export default sutWith('correct-cp-observe-timeout', { createControlPlane: (p, c) => new CP(p, c) });
