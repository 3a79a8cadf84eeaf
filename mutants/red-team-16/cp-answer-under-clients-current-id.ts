// @ts-nocheck
// Mix-up: the control plane labels each answer with the request id the receiving client
// most recently sent it (a per-client "current request" table), not the id the kernel
// reply is about. A client with two requests open sees A's outcome under B's id.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CurrentIdCP extends ControlPlane {
  current = new Map();
  onClient(client, message) {
    this.current.set(client, message.requestId);
    return super.onClient(client, message);
  }
  answer(requestId, outcome, source, rejection, text) {
    for (const client of this.takeWaiting(requestId)) {
      const label = this.current.get(client) ?? requestId;
      this.port.send(client, { kind: 'answer', requestId: label, outcome, source, rejection, text });
    }
  }
}
export default { ...reference, name: 'cp-answer-under-clients-current-id', createControlPlane: (p, c) => new CurrentIdCP(p, c) };
