// @ts-nocheck
// Mix-up: the control plane remembers only the latest observe ("the" pending observe) and
// delivers any state reply to it, under its request id. Two overlapping observes: the
// first one's read answers the second observe; the first observe is never answered.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class SlotObserveCP extends ControlPlane {
  pendingObserve = null;
  onClient(client, message) {
    if (message.kind === 'observe') this.pendingObserve = message.requestId;
    return super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      const requestId = this.pendingObserve !== null && this.waiting.has(this.pendingObserve) ? this.pendingObserve : reply.requestId;
      for (const client of this.takeWaiting(requestId)) this.port.send(client, { kind: 'observed', requestId, state: reply.state });
      return;
    }
    return super.onKernel(reply);
  }
}
export default { ...reference, name: 'cp-observe-single-slot', createControlPlane: (p, c) => new SlotObserveCP(p, c) };
