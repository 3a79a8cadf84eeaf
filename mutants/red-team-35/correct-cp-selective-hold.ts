// @ts-nocheck
// CORRECT (unusual): a group-commit audit log that holds only the answers about a request with an
// unsynced audit record of its own; an answer about any other request leaves at once, even while
// the batch holds others' records. Every failure is durably logged before it is told (9).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
const GROUP_MS = 3;
const TIMER = 'group-commit';
class CP extends ControlPlane {
  constructor(port, config) {
    const b = { unsynced: new Set(), timer: null, held: [] };
    super({
      send: (to, m) => { if (m.kind === 'answer' && b.unsynced.has(m.requestId)) b.held.push({ to, m }); else port.send(to, m); },
      append: (r) => { port.append(r); if (r.kind === 'AUDIT') b.unsynced.add(r.requestId); if (b.timer === null) b.timer = port.setTimer(GROUP_MS, TIMER); },
      sync: () => {},
      setTimer: (d, n) => port.setTimer(d, n),
      cancelTimer: (id) => port.cancelTimer(id),
      now: () => port.now(),
      records: () => port.records(),
      drawId: () => port.drawId(),
      display: (o) => port.display(o),
    }, config);
    this.b = b; this.disk = port;
  }
  onTimer(name, id) {
    if (name !== TIMER) return super.onTimer(name, id);
    const b = this.b;
    b.timer = null;
    this.disk.sync();
    b.unsynced.clear();
    const held = b.held; b.held = [];
    for (const { to, m } of held) this.disk.send(to, m);
  }
}
export default sutWith('correct-cp-selective-hold', { createControlPlane: (p, c) => new CP(p, c) });
