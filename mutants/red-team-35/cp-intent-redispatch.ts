// @ts-nocheck
// Control plane: each dispatch is written ahead (INTENT with the operation, synced). After a
// restart, a confirm for a request the log shows as confirmed-and-dispatched (its challenge is
// gone with the old incarnation) is taken as "the operator confirmed it; the dispatch may have died
// with the crash" and dispatched again (6.2, 10: no retries; 5.3: no replay).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  onStart() {
    super.onStart();
    this.intents = new Map();
    for (const r of this.port.records()) {
      if (r.kind === 'INTENT') { const d = JSON.parse(r.data); if (d.t === 'dispatch') this.intents.set(d.requestId, d.operation); }
    }
  }
  onClient(client, message) {
    if (message.kind === 'confirm') {
      const ch = this.challenges.get(message.token);
      if (ch !== undefined && ch.requestId === message.requestId) {
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'dispatch', requestId: message.requestId, operation: ch.operation }) });
        this.port.sync();
      } else if (this.intents.has(message.requestId) && !this.dispatched.has(message.requestId) && !this.expired.has(message.requestId)) {
        probe('cp-intent-redispatch', `re-dispatch ${message.requestId} from a previous incarnation's intent`);
        this.dispatched.add(message.requestId);
        this.wait(message.requestId, client);
        this.port.send(this.config.kernel, { kind: 'dispatch', requestId: message.requestId, operation: this.intents.get(message.requestId) });
        this.startKernelTimer(message.requestId);
        return;
      }
    }
    super.onClient(client, message);
  }
}
export default sutWith('cp-intent-redispatch', { createControlPlane: (p, c) => new CP(p, c) });
