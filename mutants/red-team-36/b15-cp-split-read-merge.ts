// @ts-nocheck
// Breaks 4.3/10 (an observation is kernel state, not a mix): the control plane reads the
// kernel twice — once for collections, then (after the first reply) again for config and
// snapshots — and merges the two replies into one view, which mixes two kernel states when
// something executed in between.
import { ControlPlane, probe, sut } from './lib/common.ts';

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'observe') (this.firsts ??= new Map()).set(message.requestId, null);
    super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'state' && this.firsts?.has(reply.requestId)) {
      const first = this.firsts.get(reply.requestId);
      if (first === null) {
        this.firsts.set(reply.requestId, reply.state);
        this.port.send(this.config.kernel, { kind: 'read', requestId: reply.requestId });
        return;
      }
      this.firsts.delete(reply.requestId);
      const merged = { collections: first.collections, config: reply.state.config, snapshots: reply.state.snapshots };
      if (!same(first, reply.state)) probe('b15-cp-split-read-merge', reply.requestId);
      super.onKernel({ ...reply, state: merged });
      return;
    }
    super.onKernel(reply);
  }
}
export default sut('b15-cp-split-read-merge', { createControlPlane: (p, c) => new CP(p, c) });
