// @ts-nocheck
// Client: each challenge shown is journalled with its token (INTENT, synced); after a restart the
// open challenges are reloaded, so the operator's confirm typed after the crash is still sent
// (4.2: a client crash before confirmation discards the action).
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
      if (d.t === 'challenged') open.set(d.requestId, d.token);
      if (d.t === 'answered') open.delete(d.requestId);
    }
    for (const [id, token] of open) { this.reloaded.add(id); this.requests.set(id, { phase: 'challenged', token, timer: 0 }); }
  }
  onMessage(from, message) {
    const before = message.kind === 'challenge' ? this.requests.get(message.requestId)?.phase : undefined;
    super.onMessage(from, message);
    if (message.kind === 'challenge' && before === 'submitted' && this.requests.get(message.requestId)?.phase === 'challenged') {
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'challenged', requestId: message.requestId, token: message.token }) });
      this.port.sync();
    }
  }
  onOperator(command) {
    if ((command.kind === 'confirm' || command.kind === 'abandon') && this.requests.get(command.requestId)?.phase === 'challenged') {
      if (this.reloaded.has(command.requestId)) probe('client-keeps-challenges', `${command.kind} ${command.requestId} sent for a challenge of a previous incarnation`);
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'answered', requestId: command.requestId }) });
      this.port.sync();
    }
    super.onOperator(command);
  }
}
export default sutWith('client-keeps-challenges', { createClient: (p, c) => new C(p, c) });
