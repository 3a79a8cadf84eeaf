// @ts-nocheck
// MUTANT (6.2, 5.2): the control plane dispatches under an id of its own (fresh per confirm) and
// maps the kernel's replies back; fenced queries still use the operator's request id, so a fence
// no longer stops a dispatch still in the network, and the kernel's duplicate detection keys on
// an id the operator never sees.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
function wrap(port, send) {
  return { send, setTimer: (d, n) => port.setTimer(d, n), cancelTimer: (i) => port.cancelTimer(i), now: () => port.now(),
    append: (r) => port.append(r), sync: () => port.sync(), records: () => port.records(), drawId: () => port.drawId(), display: (o) => port.display(o) };
}
class CP extends ControlPlane {
  minted = new Map();
  onMessage(from, message) {
    if (from === this.config.kernel && this.minted.has(message.requestId)) message = { ...message, requestId: this.minted.get(message.requestId) };
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'cp-kernel-ids-minted', createControlPlane: (port, config) => {
  let cp;
  cp = new CP(wrap(port, (to, m) => {
    if (m.kind === 'dispatch') { const id = port.drawId(); cp.minted.set(id, m.requestId); m = { ...m, requestId: id }; }
    port.send(to, m);
  }), config);
  return cp;
} };
