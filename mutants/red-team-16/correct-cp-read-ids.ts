// @ts-nocheck
// Correct alternative: the control plane reads the kernel under a fresh id of its own for
// each observe (drawId), and maps the state reply back to the observe's request id and
// client. The kernel never sees the operator's observe id; every observe gets the state of
// its own read.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class ReadIdsCP extends ControlPlane {
  reads = new Map(); // read id -> observe request id
  onClient(client, message) {
    if (message.kind === 'observe') {
      this.wait(message.requestId, client);
      const readId = this.port.drawId();
      this.reads.set(readId, message.requestId);
      this.port.send(this.config.kernel, { kind: 'read', requestId: readId });
      return;
    }
    return super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      const requestId = this.reads.get(reply.requestId);
      if (requestId === undefined) return;
      this.reads.delete(reply.requestId);
      for (const client of this.takeWaiting(requestId)) this.port.send(client, { kind: 'observed', requestId, state: reply.state });
      return;
    }
    return super.onKernel(reply);
  }
}
export default { ...reference, name: 'correct-cp-read-ids', createControlPlane: (p, c) => new ReadIdsCP(p, c) };
