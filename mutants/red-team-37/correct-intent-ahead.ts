// @ts-nocheck
// CORRECT (unusual). Spec 5.1/5.2/10: the control plane writes an INTENT record ("dispatching
// rN") and syncs it before each dispatch, for the operator's forensic tooling. It never reads
// it back: recovery stays observation only, nothing is replayed or completed. README: "Other
// records may sit beside them (an intent written ahead, say)".
import { ControlPlane } from '../../src/control-plane.ts';
import { reference } from '../../src/index.ts';
export default {
  ...reference,
  name: 'correct-intent-ahead',
  createControlPlane: (port, config) => new ControlPlane({
    send: (to, m) => { if (m.kind === 'dispatch') { port.append({ kind: 'INTENT', data: `dispatching ${m.requestId}` }); port.sync(); } port.send(to, m); },
    setTimer: (a, b) => port.setTimer(a, b), cancelTimer: (a) => port.cancelTimer(a), now: () => port.now(),
    append: (r) => port.append(r), sync: () => port.sync(), records: () => port.records(), drawId: () => port.drawId(), display: (d) => port.display(d),
  }, config),
};
