// @ts-nocheck
// Mix-up: the control plane hands kernel `state` replies to pending observes in the order
// the observes arrived (a FIFO of observers), not by the reply's request id. When two
// observes overlap and their reads come back out of order, each operator is shown the
// state view read for the other observe, under its own request id.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class FifoObserveCP extends ControlPlane {
  observeQueue = [];
  onClient(client, message) {
    if (message.kind === 'observe') this.observeQueue.push(message.requestId);
    return super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      // the oldest observe still waiting takes this state, whatever read it answers
      while (this.observeQueue.length > 0 && !this.waiting.has(this.observeQueue[0])) this.observeQueue.shift();
      const requestId = this.observeQueue.length > 0 ? this.observeQueue.shift() : reply.requestId;
      for (const client of this.takeWaiting(requestId)) this.port.send(client, { kind: 'observed', requestId, state: reply.state });
      return;
    }
    return super.onKernel(reply);
  }
}
export default { ...reference, name: 'cp-observe-states-fifo', createControlPlane: (p, c) => new FifoObserveCP(p, c) };
