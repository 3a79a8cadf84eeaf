// @ts-nocheck
// CORRECT: the client's outcome and observed displays carry an extra informative field: the
// client's own clock when it showed them. Nothing else changes.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
function wrap(port, display) {
  return { send: (t, m) => port.send(t, m), setTimer: (d, n) => port.setTimer(d, n), cancelTimer: (i) => port.cancelTimer(i), now: () => port.now(),
    append: (r) => port.append(r), sync: () => port.sync(), records: () => port.records(), drawId: () => port.drawId(), display };
}
export default { ...reference, name: 'correct-client-outcome-display-time',
  createClient: (port, config) => new Client(wrap(port, (o) => port.display(o.kind === 'outcome' || o.kind === 'observed' ? { ...o, shownAtMs: port.now() } : o)), config) };
