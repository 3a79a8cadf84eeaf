// @ts-nocheck
// Mutant (12): "fair" fan-out. When several clients wait for the same request, the control
// plane answers them in an order rotated by a module-level counter, so that no client is
// always served first. The counter is shared by every control plane the process builds —
// across restarts and across runs — so the order of the answers (and all that follows from
// it) depends on what the process ran before, not on the seed.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

let TURN = 0;

class FairControlPlane extends ControlPlane {
  takeWaiting(requestId) {
    const clients = super.takeWaiting(requestId);
    if (clients.length < 2) return clients;
    const k = TURN++ % clients.length;
    return [...clients.slice(k), ...clients.slice(0, k)];
  }
}

export default {
  ...reference,
  name: 'red13-cp-round-robin-fanout',
  createControlPlane: (port, config) => new FairControlPlane(port, config),
};
