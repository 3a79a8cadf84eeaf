// @ts-nocheck
// Mix-up: "who is waiting" is a table keyed by client (last writer wins) instead of by
// request. A client that asks about B while A is in flight is no longer waiting for A:
// A's answer reaches nobody.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class ByClientCP extends ControlPlane {
  waitingFor = new Map();
  wait(requestId, client) { this.waitingFor.set(client, requestId); }
  takeWaiting(requestId) {
    const out = [];
    for (const [client, id] of this.waitingFor) if (id === requestId) out.push(client);
    for (const client of out) this.waitingFor.delete(client);
    return out;
  }
}
export default { ...reference, name: 'cp-waiting-keyed-by-client', createControlPlane: (p, c) => new ByClientCP(p, c) };
