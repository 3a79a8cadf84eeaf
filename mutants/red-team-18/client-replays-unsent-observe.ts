// @ts-nocheck
// MUTANT (4.1, 10): the client journals each observe intent (synced) before sending it, and
// marks it sent after the send. After a restart it "resumes the dashboard": every observe
// whose journal entry has no sent-marker is sent now, under its old request id — a request
// from before the crash reaches the kernel after it.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class C extends Client {
  onStart() {
    const pending = new Set();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'observe') pending.add(d.id);
      else if (d.t === 'sent') pending.delete(d.id);
    }
    for (const id of pending) {
      this.port.send(this.config.controlPlane, { kind: 'observe', requestId: id });
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'sent', id }) });
      this.port.sync();
      this.requests.set(id, { phase: 'submitted', token: '', timer: this.startTimer(id) });
    }
  }
  onOperator(command) {
    if (command.kind !== 'observe') return super.onOperator(command);
    const requestId = this.port.drawId();
    this.port.display({ kind: 'request-id', intent: command.intent, requestId });
    this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'observe', id: requestId }) });
    this.port.sync();
    this.port.send(this.config.controlPlane, { kind: 'observe', requestId });
    this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'sent', id: requestId }) });
    this.port.sync();
    this.requests.set(requestId, { phase: 'submitted', token: '', timer: this.startTimer(requestId) });
  }
}
export default { ...reference, name: 'red18-client-replays-unsent-observe', createClient: (p, c) => new C(p, c) };
