// @ts-nocheck
// Mutant (5.1, 10, 12): pending submits kept in a module-level "session table" (a new deployment —
// a clock that went backwards — clears it). The first incarnation to start after a crash
// finds the submits the dead incarnation received but whose challenge was never answered, and
// challenges them again with tokens of its own, so that "the operator's work is not lost".
// No journal, no durable write: the in-flight state crosses the restart in process memory.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

let PENDING = new Map();
let LAST_NOW = -1;

class SessionControlPlane extends ControlPlane {
  constructor(port, config) {
    super(port, config); this.p = port;
  }
  onStart() {
    if (this.p.now() < LAST_NOW) PENDING = new Map();
    LAST_NOW = this.p.now();
    super.onStart();
    const carried = [...PENDING.values()];
    for (const pending of carried) {
      this.seen.add(pending.requestId);
      const token = this.p.drawId();
      this.challenges.set(token, { requestId: pending.requestId, operation: pending.operation });
      this.p.send(pending.client, { kind: 'challenge', requestId: pending.requestId, token, operation: pending.operation });
    }
  }
  onClient(client, message) {
    LAST_NOW = this.p.now();
    if (message.kind === 'submit' && !this.seen.has(message.requestId)) {
      PENDING.set(message.requestId, { requestId: message.requestId, operation: message.operation, client });
    } else if (message.kind === 'confirm' || message.kind === 'abandon') {
      const c = this.challenges.get(message.token);
      if (c !== undefined && c.requestId === message.requestId) PENDING.delete(message.requestId);
    }
    super.onClient(client, message);
    if (message.kind === 'submit' && !this.challenges.size) {
      // a validation answer closes the submit
    }
    for (const [id] of PENDING) {
      let live = false;
      for (const c of this.challenges.values()) if (c.requestId === id) live = true;
      if (!live && message.kind === 'submit' && message.requestId === id) PENDING.delete(id);
    }
  }
}

export default {
  ...reference,
  name: 'red13-cp-module-pending-submits',
  createControlPlane: (port, config) => new SessionControlPlane(port, config),
};
