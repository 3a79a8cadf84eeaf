// @ts-nocheck
// CORRECT (unusual): the control plane writes each dispatch ahead (INTENT, synced, before the
// dispatch is sent) and reloads the dispatched ids on start, so a confirm copy reaching a later
// incarnation is detected as a duplicate (audited, not answered, never dispatched) instead of told
// "challenge expired" (6.2: detect duplicates where possible). Nothing is re-sent, nothing resolved.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
class CP extends ControlPlane {
  onStart() {
    super.onStart();
    // kept apart from `dispatched`, which means "dispatched by this incarnation" to the reference
    this.prior = new Set();
    for (const r of this.port.records()) if (r.kind === 'INTENT') { const d = JSON.parse(r.data); if (d.t === 'dispatched') this.prior.add(d.requestId); }
  }
  onClient(client, message) {
    if (message.kind === 'confirm') {
      const ch = this.challenges.get(message.token);
      if (ch !== undefined && ch.requestId === message.requestId) {
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'dispatched', requestId: message.requestId }) });
        this.port.sync();
      } else if (this.prior.has(message.requestId) && !this.dispatched.has(message.requestId) && !this.expired.has(message.requestId)) {
        this.audit('duplicate-request', message.requestId, 'unknown');
        return;
      }
    }
    super.onClient(client, message);
  }
}
export default sutWith('correct-cp-durable-dedupe', { createControlPlane: (p, c) => new CP(p, c) });
