// @ts-nocheck
// MUTANT (4.2, 4.3, 10): the client journals each challenge it shows and each confirm it
// sends; after a restart it tells the operator that every challenged request it has no
// confirm-record for was "not executed" (4.2: discarded). The confirm record is written
// after the confirm is sent, so a crash in between declares a confirmed request not executed.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class C extends Client {
  onStart() {
    const open = new Set();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'challenged') open.add(d.id);
      else open.delete(d.id);
    }
    for (const id of open) {
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'told', id }) });
      this.port.sync();
      this.port.display({ kind: 'outcome', requestId: id, outcome: 'not-executed', source: 'no-response', rejection: null, text: 'not confirmed before the client stopped — discarded, not executed' });
    }
  }
  onMessage(from, message) {
    if (message.kind === 'challenge') {
      const request = this.requests.get(message.requestId);
      if (request !== undefined && request.phase === 'submitted') {
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'challenged', id: message.requestId }) });
        this.port.sync();
      }
    }
    super.onMessage(from, message);
  }
  onOperator(command) {
    const request = command.kind === 'confirm' || command.kind === 'abandon' ? this.requests.get(command.requestId) : undefined;
    const acts = request !== undefined && request.phase === 'challenged';
    super.onOperator(command);
    if (acts) {
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: command.kind, id: command.requestId }) });
      this.port.sync();
    }
  }
}
export default { ...reference, name: 'red18-client-restart-declares-unconfirmed-not-executed', createClient: (p, c) => new C(p, c) };
