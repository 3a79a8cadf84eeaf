// @ts-nocheck
// CORRECT (we believe): the control plane reads for each observe at once, but under its own
// correlation id (drawn fresh), not the client's request id, and maps the state reply back:
// client-chosen ids never reach the kernel.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  reads = new Map(); // correlation id -> { client, requestId }
  onClient(client, message) {
    if (message.kind === 'observe') {
      const cid = this.port.drawId();
      probe('correlation', message.requestId, cid);
      this.reads.set(cid, { client, requestId: message.requestId });
      this.port.send(this.config.kernel, { kind: 'read', requestId: cid });
      return;
    }
    super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      const r = this.reads.get(reply.requestId);
      if (r === undefined) return;
      this.reads.delete(reply.requestId);
      this.port.send(r.client, { kind: 'observed', requestId: r.requestId, state: reply.state });
      return;
    }
    super.onKernel(reply);
  }
}
export default sutWith('red27-correct-read-correlation-ids', CP);
