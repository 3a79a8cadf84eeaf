// @ts-nocheck
// MUTANT (4.3, 10): to keep a dashboard fresh the control plane sends the kernel a read of its
// own after every kernel decision it hears; an observe sends its read as usual, but is answered
// with the FIRST state that arrives after it — which may be a prefetched state the kernel made
// before the operator asked, delayed in the network.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CP extends ControlPlane {
  prefetch = new Set(); observers = new Map(); // observe request id -> client
  onClient(client, message) {
    if (message.kind === 'observe') {
      this.observers.set(message.requestId, client);
      this.port.send(this.config.kernel, { kind: 'read', requestId: message.requestId });
      return;
    }
    super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      this.prefetch.delete(reply.requestId);
      const obs = [...this.observers]; this.observers.clear();
      for (const [rid, client] of obs) this.port.send(client, { kind: 'observed', requestId: rid, state: reply.state });
      return;
    }
    super.onKernel(reply);
    if (reply.kind === 'decision') {
      const id = this.port.drawId();
      this.prefetch.add(id);
      this.port.send(this.config.kernel, { kind: 'read', requestId: id });
    }
  }
}
export default { ...reference, name: 'cp-prefetched-read-serves-observe', createControlPlane: (p, c) => new CP(p, c) };
