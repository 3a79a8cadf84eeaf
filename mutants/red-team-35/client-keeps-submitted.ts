// @ts-nocheck
// Client: it journals each submitted request (INTENT, synced) so that "a crash does not orphan a
// request"; after a restart the journalled ones are reloaded as awaiting their challenge. A
// challenge answering the previous incarnation's submit is then shown and can be confirmed,
// though the client crashed before confirmation (4.2: action discarded, operator must reissue).
import { Client } from '../../src/client.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class C extends Client {
  onStart() {
    this.reloaded = new Set();
    const open = new Map();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'submitted') open.set(d.requestId, true);
      if (d.t === 'closed') open.delete(d.requestId);
    }
    for (const id of open.keys()) {
      this.reloaded.add(id);
      this.requests.set(id, { phase: 'submitted', token: '', timer: this.startTimer(id) });
    }
  }
  onOperator(command) {
    const before = new Set(this.requests.keys());
    super.onOperator(command);
    if (command.kind === 'submit') {
      for (const id of this.requests.keys()) if (!before.has(id)) { this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'submitted', requestId: id }) }); this.port.sync(); }
    }
  }
  onMessage(from, message) {
    if (message.kind === 'challenge' && this.reloaded.has(message.requestId) && this.requests.get(message.requestId)?.phase === 'submitted') {
      probe('client-keeps-submitted', `challenge for ${message.requestId} of a previous incarnation shown`);
    }
    if ((message.kind === 'challenge' || message.kind === 'answer') && this.requests.has(message.requestId)) {
      const had = this.requests.get(message.requestId).phase;
      super.onMessage(from, message);
      if (had === 'submitted' && this.requests.get(message.requestId).phase !== 'submitted') { this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'closed', requestId: message.requestId }) }); this.port.sync(); }
      return;
    }
    super.onMessage(from, message);
  }
}
export default sutWith('client-keeps-submitted', { createClient: (p, c) => new C(p, c) });
