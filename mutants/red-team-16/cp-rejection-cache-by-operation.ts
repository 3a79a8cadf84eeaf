// @ts-nocheck
// Mix-up: two requests with the same operation are confused. The control plane remembers
// the first kernel rejection it reported for an operation and reports that one for any
// later request with the identical operation, instead of the rejection the kernel gave
// that request (same operation, other state: INDEX_LIMIT vs COLLECTION_EXISTS, ...).
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class RejCacheCP extends ControlPlane {
  ops = new Map();
  byOp = new Map();
  onClient(client, message) {
    if (message.kind === 'confirm') {
      const ch = this.challenges.get(message.token);
      if (ch !== undefined && ch.requestId === message.requestId) this.ops.set(message.requestId, JSON.stringify(ch.operation));
    }
    return super.onClient(client, message);
  }
  report(requestId, first, source, failure) {
    if (first.kind === 'REJECT') {
      const key = this.ops.get(requestId);
      if (key !== undefined) {
        const cached = this.byOp.get(key);
        if (cached !== undefined) first = { kind: 'REJECT', rejection: cached };
        else this.byOp.set(key, first.rejection);
      }
    }
    return super.report(requestId, first, source, failure);
  }
}
export default { ...reference, name: 'cp-rejection-cache-by-operation', createControlPlane: (p, c) => new RejCacheCP(p, c) };
