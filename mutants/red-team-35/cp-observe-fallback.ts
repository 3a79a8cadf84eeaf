// @ts-nocheck
// Control plane: when the kernel does not answer a read within its kernel timeout, the observe is
// answered with the last state the kernel returned ("better a slightly old view than none"). The
// operator is shown a stale state as the kernel's current one (4.3, 10).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
const PREFIX = 'observe-timeout:';
class CP extends ControlPlane {
  constructor(p, c) { super(p, c); this.last = null; this.readTimers = new Map(); }
  onClient(client, message) {
    super.onClient(client, message);
    if (message.kind === 'observe' && !this.readTimers.has(message.requestId)) {
      this.readTimers.set(message.requestId, this.port.setTimer(this.config.kernelTimeoutMs, PREFIX + message.requestId));
    }
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      this.last = reply.state;
      const t = this.readTimers.get(reply.requestId);
      if (t !== undefined) { this.readTimers.delete(reply.requestId); this.port.cancelTimer(t); }
    }
    super.onKernel(reply);
  }
  onTimer(name, id) {
    if (name.startsWith(PREFIX)) {
      const requestId = name.slice(PREFIX.length);
      this.readTimers.delete(requestId);
      if (this.last !== null && this.waiting.has(requestId)) {
        probe('cp-observe-fallback', `observe ${requestId} answered with the cached state`);
        for (const client of this.takeWaiting(requestId)) this.port.send(client, { kind: 'observed', requestId, state: this.last });
      }
      return;
    }
    super.onTimer(name, id);
  }
}
export default sutWith('cp-observe-fallback', { createControlPlane: (p, c) => new CP(p, c) });
