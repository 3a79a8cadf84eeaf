// @ts-nocheck
// CORRECT: the kernel answers duplicates and fenced queries with more detail: extra fields
// saying how many times it has now seen the id and a human note. The fields the protocol
// defines are unchanged.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';

function wrap(port, send) {
  return { send, setTimer: (d, n) => port.setTimer(d, n), cancelTimer: (i) => port.cancelTimer(i), now: () => port.now(),
    append: (r) => port.append(r), sync: () => port.sync(), records: () => port.records(), drawId: () => port.drawId(), display: (o) => port.display(o) };
}
export default {
  ...reference,
  name: 'correct-kernel-duplicate-detail',
  createKernel: (port, config) => {
    const counts = new Map();
    return new Kernel(wrap(port, (to, m) => {
      if (m.kind === 'duplicate' || m.kind === 'query-answer') {
        const n = (counts.get(m.requestId) ?? 1) + 1;
        counts.set(m.requestId, n);
        m = { ...m, timesSeen: n, note: m.kind === 'duplicate' ? `request ${m.requestId} was already decided (${m.first.kind}); not decided again` : `request ${m.requestId}: first decision ${m.first.kind}` };
      }
      port.send(to, m);
    }), config);
  },
};
