// @ts-nocheck
// CORRECT: the kernel builds its replies with fields in another order (reversed, also inside
// decisions, rejections and state views). Same data.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';
function wrap(port, send) {
  return { send, setTimer: (d, n) => port.setTimer(d, n), cancelTimer: (i) => port.cancelTimer(i), now: () => port.now(),
    append: (r) => port.append(r), sync: () => port.sync(), records: () => port.records(), drawId: () => port.drawId(), display: (o) => port.display(o) };
}
const deep = (v) => Array.isArray(v) ? v.map(deep) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, deep(x)])) : v;
export default { ...reference, name: 'correct-kernel-field-order',
  createKernel: (port, config) => new Kernel(wrap(port, (to, m) => port.send(to, deep(m))), config) };
