// @ts-nocheck
// CORRECT: the control plane builds every message it sends with its fields in another order
// (reversed); an observed reply carries the kernel's state object unchanged. Same data.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
function wrap(port, send) {
  return { send, setTimer: (d, n) => port.setTimer(d, n), cancelTimer: (i) => port.cancelTimer(i), now: () => port.now(),
    append: (r) => port.append(r), sync: () => port.sync(), records: () => port.records(), drawId: () => port.drawId(), display: (o) => port.display(o) };
}
const reorder = (m) => Object.fromEntries(Object.entries(m).reverse());
export default { ...reference, name: 'correct-cp-field-order',
  createControlPlane: (port, config) => new ControlPlane(wrap(port, (to, m) => port.send(to, reorder(m))), config) };
