// @ts-nocheck
// Breaks 9 (audit records MUST include "Time"): the audit time is the incarnation's uptime
// (now − the clock at start) — it restarts from zero at every restart, so records of
// different incarnations cannot be placed in time.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  constructor(port, config) {
    const start = port.now();
    super({ ...port, append: (r) => {
      if (r.kind === 'AUDIT') { if (start !== 0) probe('b24-cp-audit-uptime', `${r.requestId} start=${start}`); r = { ...r, timeMs: r.timeMs - start }; }
      port.append(r);
    }, send: (t, m) => port.send(t, m), setTimer: (d, n) => port.setTimer(d, n), cancelTimer: (i) => port.cancelTimer(i), now: () => port.now(),
      sync: () => port.sync(), records: () => port.records(), drawId: () => port.drawId(), display: (o) => port.display(o) }, config);
  }
}
export default sut('b24-cp-audit-uptime', { createControlPlane: (p, c) => new CP(p, c) });
