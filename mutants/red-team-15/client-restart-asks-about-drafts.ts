// @ts-nocheck
// MUTANT (4.1, 10): the client records each request id durably (an INTENT record, synced) before
// it sends the submit; after a restart it asks the control plane, on its own, about every
// recorded id it never got a final answer for. For a request whose submit never left (crash
// before submission) this sends a fenced query to the kernel, which writes a FENCE for a
// request that was never submitted.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
function wrap(port, send) {
  return { send, setTimer: (d, n) => port.setTimer(d, n), cancelTimer: (i) => port.cancelTimer(i), now: () => port.now(),
    append: (r) => port.append(r), sync: () => port.sync(), records: () => port.records(), drawId: () => port.drawId(), display: (o) => port.display(o) };
}
class C extends Client {
  onStart() {
    const open = new Set();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const [what, id] = r.data.split(' ');
      if (what === 'draft') open.add(id); else open.delete(id);
    }
    for (const id of open) {
      this.port.send(this.config.controlPlane, { kind: 'outcome-query', requestId: id });
      this.requests.set(id, { phase: 'asking', token: '', timer: this.startTimer(id) });
    }
  }
  onMessage(from, message) {
    if ((message.kind === 'answer' && message.outcome !== 'unknown') || message.kind === 'observed') {
      const r = this.requests.get(message.requestId);
      if (r !== undefined && r.phase !== 'done' && r.phase !== 'challenged') { this.port.append({ kind: 'INTENT', data: `done ${message.requestId}` }); this.port.sync(); }
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'client-restart-asks-about-drafts', createClient: (port, config) => {
  const c = new C(wrap(port, (to, m) => {
    if (m.kind === 'submit') { port.append({ kind: 'INTENT', data: `draft ${m.requestId}` }); port.sync(); }
    port.send(to, m);
  }), config);
  return c;
} };
