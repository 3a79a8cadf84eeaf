// @ts-nocheck
// MUTANT (4.1): request ids are "precious", so the client journals each id it draws (synced)
// and marks it used after the submit is sent. After a restart, an id drawn but not marked
// used "was never submitted" and is given to the operator's next submit. The marker is
// written after the send, so a crash between the send and the marker reuses an id whose
// submit did leave.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class C extends Client {
  spare = null;
  onStart() {
    const drawn = new Set();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'drawn') drawn.add(d.id);
      else if (d.t === 'used') drawn.delete(d.id);
    }
    for (const id of drawn) this.spare = id;
  }
  onOperator(command) {
    if (command.kind !== 'submit') return super.onOperator(command);
    let requestId = this.spare;
    this.spare = null;
    if (requestId === null) {
      requestId = this.port.drawId();
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'drawn', id: requestId }) });
      this.port.sync();
    }
    this.port.display({ kind: 'request-id', intent: command.intent, requestId });
    this.port.send(this.config.controlPlane, { kind: 'submit', requestId, operation: command.operation });
    this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'used', id: requestId }) });
    this.port.sync();
    this.requests.set(requestId, { phase: 'submitted', token: '', timer: this.startTimer(requestId) });
  }
}
export default { ...reference, name: 'red18-client-reuses-unsent-id-after-restart', createClient: (p, c) => new C(p, c) };
