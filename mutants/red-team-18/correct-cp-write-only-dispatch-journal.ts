// @ts-nocheck
// CORRECT (9, 10): the control plane also keeps a write-only forensic journal in its durable
// log: an INTENT record "dispatching r" (synced) before each dispatch, and "kernel said X
// about r" on each kernel reply. It never reads the journal back (recovery reads only the
// audit records, as the reference does): it is for the operator investigating by hand.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

const J = (o) => ({ kind: 'INTENT', data: JSON.stringify(o) });
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'confirm') {
      const challenge = this.challenges.get(message.token);
      if (challenge !== undefined && challenge.requestId === message.requestId) {
        this.port.append(J({ t: 'dispatching', id: message.requestId, at: this.port.now() }));
        this.port.sync();
      }
    }
    super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind !== 'state') {
      const first = reply.kind === 'decision' ? reply.decision : reply.first;
      this.port.append(J({ t: 'kernel-said', id: reply.requestId, via: reply.kind, first: first.kind, at: this.port.now() }));
    }
    super.onKernel(reply);
  }
}
export default { ...reference, name: 'red18-correct-cp-write-only-dispatch-journal', createControlPlane: (p, c) => new CP(p, c) };
