// @ts-nocheck
// CORRECT (another design): the control plane serialises mutations — at most one dispatch is
// in flight at a time. A confirm that arrives while another dispatch awaits its decision is
// queued (in memory only) and dispatched, once, when that decision arrives or its kernel
// timer answers "unknown". Each confirmed request is still dispatched at most once, by the
// incarnation that challenged it (5.1: a crash loses the queue, and those requests never
// execute); nothing is retried (10), guessed (4.3) or compensated (11). Only the moment of
// the single dispatch differs from the reference.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  onClient(client, message) {
    this.queue ??= [];
    if (message.kind === 'confirm' && this.inFlight !== undefined) {
      const challenge = this.challenges.get(message.token);
      if (challenge !== undefined && challenge.requestId === message.requestId) {
        this.challenges.delete(message.token);
        this.dispatched.add(message.requestId);
        this.wait(message.requestId, client);
        this.queue.push(challenge);
        probe('correct-cp-serial-dispatch', `path: ${message.requestId} queued`);
        return;
      }
    }
    if (message.kind === 'confirm') {
      const challenge = this.challenges.get(message.token);
      if (challenge !== undefined && challenge.requestId === message.requestId) this.inFlight = message.requestId;
    }
    super.onClient(client, message);
  }
  report(requestId, first, source, failure) {
    super.report(requestId, first, source, failure);
    if (requestId === this.inFlight) this.next();
  }
  onTimer(name) {
    const was = this.timers.has(name);
    super.onTimer(name);
    if (was && name === this.inFlight) this.next();
  }
  next() {
    this.inFlight = undefined;
    const c = this.queue.shift();
    if (c === undefined) return;
    this.inFlight = c.requestId;
    this.port.send(this.config.kernel, { kind: 'dispatch', requestId: c.requestId, operation: c.operation });
    this.startKernelTimer(c.requestId);
  }
}
export default sut('correct-cp-serial-dispatch', { createControlPlane: (p, c) => new CP(p, c) });
