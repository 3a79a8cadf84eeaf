// @ts-nocheck
// CORRECT (another design): a group-commit control plane (examples/group-commit-control-plane.ts)
// that holds an answer only while an audit record *about that request* is unsynced. An answer
// about request A reports only A's failure (or none), so it may leave while B's record waits
// for the batch: every failure is still durably logged before it is told (9), and nothing
// else changes.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  constructor(port, config) {
    const st = { unsynced: new Set(), timer: null, held: [] };
    super({
      send: (to, m) => { if (m.kind === 'answer' && st.unsynced.has(m.requestId)) st.held.push({ to, m }); else { if (m.kind === 'answer' && st.unsynced.size > 0) probe('correct-gccp-per-request-hold', `path: ${m.requestId} sent while another record waits`); port.send(to, m); } },
      append: (r) => { port.append(r); if (r.kind === 'AUDIT') st.unsynced.add(r.requestId); if (st.timer === null) st.timer = port.setTimer(3, 'group-commit'); },
      sync: () => {},
      setTimer: (d, n) => port.setTimer(d, n), cancelTimer: (i) => port.cancelTimer(i), now: () => port.now(),
      records: () => port.records(), drawId: () => port.drawId(), display: (o) => port.display(o),
    }, config);
    this.st = st; this.disk = port;
  }
  onTimer(name) {
    if (name !== 'group-commit') { super.onTimer(name); return; }
    const st = this.st;
    st.timer = null;
    this.disk.sync();
    st.unsynced.clear();
    const held = st.held; st.held = [];
    for (const { to, m } of held) this.disk.send(to, m);
  }
}
export default sut('correct-gccp-per-request-hold', { createControlPlane: (p, c) => new CP(p, c) });
