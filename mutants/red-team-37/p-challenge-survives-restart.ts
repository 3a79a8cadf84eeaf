// @ts-nocheck
// BROKEN. Spec 10 ("No in-flight state is recovered"), 4.2/5.1: the control plane writes
// each challenge it issues to its durable log (an INTENT record) and, after a restart, rebuilds
// its pending challenges from it, so a confirm sent to the crashed incarnation is dispatched
// by the next one ("so operators don't lose their confirmation on a restart").
import { ControlPlane } from '../../src/control-plane.ts';
import { reference } from '../../src/index.ts';
import { probe } from './lib/common.ts';

class PersistentChallenges extends ControlPlane {
  constructor(port, config) {
    super({ ...bind(port), send: (to, m) => {
      if (m.kind === 'challenge') { port.append({ kind: 'INTENT', data: JSON.stringify({ token: m.token, requestId: m.requestId, operation: m.operation }) }); port.sync(); }
      port.send(to, m);
    } }, config);
    this.rawPort = port;
    this.restored = new Set();
  }
  onStart() {
    super.onStart();
    for (const r of this.rawPort.records()) {
      if (r.kind !== 'INTENT') continue;
      const c = JSON.parse(r.data);
      this.challenges.set(c.token, { requestId: c.requestId, operation: c.operation });
      this.seen.add(c.requestId);
      this.restored.add(c.token);
    }
  }
  onMessage(from, m) {
    if (m.kind === 'confirm' && this.restored.has(m.token) && this.challenges.has(m.token)) probe('p-challenge-survives-restart', `${m.requestId} confirmed against a restored challenge`);
    super.onMessage(from, m);
  }
}
function bind(port) {
  return { send: (a, b) => port.send(a, b), setTimer: (a, b) => port.setTimer(a, b), cancelTimer: (a) => port.cancelTimer(a), now: () => port.now(),
    append: (r) => port.append(r), sync: () => port.sync(), records: () => port.records(), drawId: () => port.drawId(), display: (d) => port.display(d) };
}
export default { ...reference, name: 'p-challenge-survives-restart', createControlPlane: (port, config) => new PersistentChallenges(port, config) };
