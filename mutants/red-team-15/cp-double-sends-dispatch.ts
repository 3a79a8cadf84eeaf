// @ts-nocheck
// MUTANT (6.1, 2, 10): every dispatch is sent twice in the same handler, "for redundancy" on a
// lossy network: the kernel's duplicate detection absorbs the second copy. When the network drops
// one copy, the other executes a request whose transmission failed — a retry by another name.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
function wrap(port, send) {
  return { send, setTimer: (d, n) => port.setTimer(d, n), cancelTimer: (i) => port.cancelTimer(i), now: () => port.now(),
    append: (r) => port.append(r), sync: () => port.sync(), records: () => port.records(), drawId: () => port.drawId(), display: (o) => port.display(o) };
}
export default { ...reference, name: 'cp-double-sends-dispatch',
  createControlPlane: (port, config) => new ControlPlane(wrap(port, (to, m) => { port.send(to, m); if (m.kind === 'dispatch') port.send(to, { ...m }); }), config) };
