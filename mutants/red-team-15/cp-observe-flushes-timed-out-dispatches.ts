// @ts-nocheck
// MUTANT (6.1, 10): dispatches that timed out are re-sent, without a timer, ahead of the next
// kernel read ("flush before observing"), so an observe sees them applied. Misbehaves when a
// dispatch was lost (or the kernel crashed before syncing it) and someone observes afterwards.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
class CP extends ControlPlane {
  ops = new Map();
  stale = new Map();
  onClient(client, message) {
    if (message.kind === 'confirm') {
      const ch = this.challenges.get(message.token);
      if (ch !== undefined && ch.requestId === message.requestId) this.ops.set(ch.requestId, ch.operation);
    }
    if (message.kind === 'observe') {
      for (const [requestId, operation] of [...this.stale]) {
        this.stale.delete(requestId);
        this.port.send(this.config.kernel, { kind: 'dispatch', requestId, operation });
      }
    }
    super.onClient(client, message);
  }
  onTimer(name, id) {
    if (this.timers.has(name) && this.ops.has(name)) this.stale.set(name, this.ops.get(name));
    super.onTimer(name, id);
  }
  onKernel(reply) {
    if (reply.kind === 'decision' || reply.kind === 'duplicate' || reply.kind === 'query-answer') this.stale.delete(reply.requestId);
    super.onKernel(reply);
  }
}
export default { ...reference, name: 'cp-observe-flushes-timed-out-dispatches', createControlPlane: (port, config) => new CP(port, config) };
