// @ts-nocheck
// spec 4.3 "outcome MUST be determined from kernel state": after a restart the client shows "not executed" for each request it had confirmed and got no answer for.
import { Client } from '../../src/client.ts';
import { probe, sut } from './_sut.ts';
class C extends Client {
  onStart() {
    const open = new Set();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.confirmed) open.add(d.id); else open.delete(d.id);
    }
    for (const id of open) {
      probe('client-restart-guess-notexec');
      this.port.display({ kind: 'outcome', requestId: id, outcome: 'not-executed', source: 'no-response', rejection: null, text: 'client restarted — request not executed' });
    }
  }
  onOperator(command) {
    if (command.kind === 'confirm') {
      const r = this.requests.get(command.requestId);
      if (r !== undefined && r.phase === 'challenged') { this.port.append({ kind: 'INTENT', data: JSON.stringify({ id: command.requestId, confirmed: true }) }); this.port.sync(); }
    }
    super.onOperator(command);
  }
  onMessage(from, m) {
    if (m.kind === 'answer' && this.requests.get(m.requestId)?.phase === 'confirmed') { this.port.append({ kind: 'INTENT', data: JSON.stringify({ id: m.requestId }) }); this.port.sync(); }
    super.onMessage(from, m);
  }
}
export default sut('client-restart-guess-notexec', { createClient: (p, c) => new C(p, c) });
