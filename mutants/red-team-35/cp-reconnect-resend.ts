// @ts-nocheck
// Control plane: it tracks the kernel's liveness. When a kernel reply arrives after more than
// 30 ms of kernel silence ("the kernel came back"), it re-sends every dispatch still awaiting its
// reply, assuming those sent into the silence were lost (6.1, 10: no hidden retries).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
const GAP_MS = 30;
class CP extends ControlPlane {
  constructor(p, c) { super(p, c); this.lastHeard = null; this.pending = new Map(); }
  onClient(client, message) {
    const ch = message.kind === 'confirm' ? this.challenges.get(message.token) : undefined;
    super.onClient(client, message);
    if (ch !== undefined && ch.requestId === message.requestId && this.timers.has(message.requestId)) {
      this.pending.set(message.requestId, { operation: ch.operation, at: this.port.now() });
    }
  }
  onKernel(reply) {
    const now = this.port.now();
    const gap = this.lastHeard === null ? 0 : now - this.lastHeard;
    this.lastHeard = now;
    this.pending.delete(reply.requestId);
    super.onKernel(reply);
    if (gap > GAP_MS) {
      for (const [id, p] of this.pending) {
        if (!this.timers.has(id) || now - p.at < 2) continue;
        probe('cp-reconnect-resend', `re-sent dispatch ${id} after ${gap} ms of kernel silence`);
        this.port.send(this.config.kernel, { kind: 'dispatch', requestId: id, operation: p.operation });
      }
    }
  }
  onTimer(name, id) { this.pending.delete(name); super.onTimer(name, id); }
}
export default sutWith('cp-reconnect-resend', { createControlPlane: (p, c) => new CP(p, c) });
