// @ts-nocheck
// CORRECT (we believe): after an abandon the control plane refreshes its view of kernel state
// with a read (for its status page; the reply is only kept, never acted on). A read changes
// nothing: no cleanup, no execution — the abandoned request stays unexecuted.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  statusView = null;
  refreshIds = new Set();
  onClient(client, message) {
    const before = this.challenges.size;
    super.onClient(client, message);
    if (message.kind === 'abandon' && this.challenges.size < before) {
      const id = this.port.drawId();
      probe('refresh-after-abandon', message.requestId, id);
      this.refreshIds.add(id);
      this.port.send(this.config.kernel, { kind: 'read', requestId: id });
    }
  }
  onKernel(reply) {
    if (reply.kind === 'state' && this.refreshIds.has(reply.requestId)) {
      this.refreshIds.delete(reply.requestId);
      this.statusView = reply.state;
      return;
    }
    super.onKernel(reply);
  }
}
export default sutWith('red27-correct-abandon-refreshes-state', CP);
