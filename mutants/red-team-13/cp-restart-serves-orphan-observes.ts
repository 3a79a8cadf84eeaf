// @ts-nocheck
// Mutant (10): observes in flight at a crash are not lost. The control plane keeps the observes
// it is waiting on in a module-level table (a new deployment — a clock that went backwards —
// clears it). The restarted control plane sends no read of its own; but the first kernel state
// it receives, for any observe, it also hands to the clients whose observes the dead
// incarnation had left unanswered. The state is fresh; the waiting clients are in-flight state
// recovered across a restart.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

let ORPHANS = new Map();
let LAST_NOW = -1;

class OrphanControlPlane extends ControlPlane {
  constructor(port, config) { super(port, config); this.p = port; this.inherited = null; }
  onStart() {
    if (this.p.now() < LAST_NOW) ORPHANS = new Map();
    LAST_NOW = this.p.now();
    this.inherited = ORPHANS;
    ORPHANS = new Map();
    super.onStart();
  }
  onClient(client, message) {
    LAST_NOW = this.p.now();
    if (message.kind === 'observe') ORPHANS.set(message.requestId, client);
    return super.onClient(client, message);
  }
  onKernel(reply) {
    LAST_NOW = this.p.now();
    if (reply.kind === 'state') {
      ORPHANS.delete(reply.requestId);
      if (this.inherited !== null && this.inherited.size > 0) {
        const orphans = this.inherited;
        this.inherited = null;
        for (const [requestId, client] of orphans) this.p.send(client, { kind: 'observed', requestId, state: reply.state });
      }
    }
    return super.onKernel(reply);
  }
}

export default {
  ...reference,
  name: 'red13-cp-restart-serves-orphan-observes',
  createControlPlane: (port, config) => new OrphanControlPlane(port, config),
};
