// @ts-nocheck
// Helper: a control plane that holds operators' observes while its own dispatches are
// outstanding (no decision and no timeout yet), and reads for them afterwards.
import { ControlPlane } from './_sut.ts';
export class HoldCP extends ControlPlane {
  outstanding = new Set();
  held = []; // {requestId, client}
  onClient(client, m) {
    if (m.kind === 'confirm') {
      const c = this.challenges.get(m.token);
      if (c && c.requestId === m.requestId) this.outstanding.add(m.requestId);
    }
    if (m.kind === 'observe' && this.shouldHold(m)) {
      this.held.push({ requestId: m.requestId, client, since: [...this.outstanding] });
      this.onHold(m.requestId);
      return;
    }
    super.onClient(client, m);
  }
  shouldHold(m) { return this.outstanding.size > 0; }
  onHold(id) {}
  settle(id, how) {
    if (!this.outstanding.delete(id)) return;
    this.afterSettle(how);
  }
  afterSettle(how) { if (this.outstanding.size === 0) this.releaseAll(); }
  releaseAll() {
    const held = this.held; this.held = [];
    for (const h of held) this.readFor(h);
  }
  readFor(h) {
    this.wait(h.requestId, h.client);
    this.port.send(this.config.kernel, { kind: 'read', requestId: h.requestId });
  }
  report(requestId, first, source, failure) {
    super.report(requestId, first, source, failure);
    this.settle(requestId, 'reply');
  }
  onTimer(name) {
    const live = this.timers.has(name);
    super.onTimer(name);
    if (live) this.settle(name, 'timeout');
  }
}
