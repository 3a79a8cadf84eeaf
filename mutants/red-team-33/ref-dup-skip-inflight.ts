// @ts-nocheck
// breaks spec 6.2/9 — the same bug as gc-dup-skip-inflight on the reference (sync-per-record) control plane, to tell whether the hole needs group commit.
import { ControlPlane } from '../../src/control-plane.ts';
import { reference } from '../../src/index.ts';
import { probe } from './lib/gcbase.ts';
class M extends ControlPlane {
  constructor(port, config) {
    const box = {};
    super({ ...port, send: (t, m) => port.send(t, m), setTimer: (d, n) => port.setTimer(d, n), cancelTimer: (i) => port.cancelTimer(i), now: () => port.now(), records: () => port.records(), drawId: () => port.drawId(), display: (o) => port.display(o), sync: () => { if (!box.it.skipping) port.sync(); },
      append: (r) => { if (box.it.skipDup && r.kind === 'AUDIT' && r.failure === 'duplicate-request') { probe('ref-dup-skip-inflight ' + r.requestId); box.it.skipping = true; return; } port.append(r); } }, config);
    box.it = this;
  }
  onMessage(from, message) {
    this.skipDup = from !== this.config.kernel && message.kind === 'confirm' && this.dispatched.has(message.requestId) && this.timers.has(message.requestId);
    try { super.onMessage(from, message); } finally { this.skipDup = false; this.skipping = false; }
  }
}
export default { ...reference, name: 'rt33 ref-dup-skip-inflight', createControlPlane: (p, c) => new M(p, c) };
