// @ts-nocheck
// CORRECT: the client passes on the operator's confirm or abandon from a later handler (a
// 1 ms timer started by the operator's command), e.g. to let the UI repaint first. The
// message carries the challenge's own token; a second confirm/abandon typed meanwhile is
// ignored, as in the reference. A crash before the timer loses the confirm (4.2: nothing runs).
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class C extends Client {
  deferred = new Map(); // timer id -> { kind, requestId }
  flush() {
    for (const [id, d] of [...this.deferred]) { this.port.cancelTimer(id); this.fire(id, d); }
  }
  onOperator(command) {
    this.flush(); // anything the operator typed before goes out first, in order
    if (command.kind === 'confirm' || command.kind === 'abandon') {
      const request = this.requests.get(command.requestId);
      if (request === undefined || request.phase !== 'challenged') return;
      request.phase = 'deferring';
      const id = this.port.setTimer(1, 'defer:' + command.requestId);
      this.deferred.set(id, { kind: command.kind, requestId: command.requestId });
      return;
    }
    super.onOperator(command);
  }
  onMessage(from, message) {
    if (message.kind === 'answer') {
      const r = this.requests.get(message.requestId);
      if (r !== undefined && r.phase === 'deferring') return; // as 'challenged' in the reference
    }
    super.onMessage(from, message);
  }
  onTimer(name, id) {
    const d = this.deferred.get(id);
    if (d !== undefined && name.startsWith('defer:')) { this.fire(id, d); return; }
    super.onTimer(name, id);
  }
  fire(id, d) {
    {
      this.deferred.delete(id);
      const request = this.requests.get(d.requestId);
      if (request === undefined || request.phase !== 'deferring') return;
      this.port.send(this.config.controlPlane, { kind: d.kind, requestId: d.requestId, token: request.token });
      if (d.kind === 'confirm') {
        request.phase = 'confirmed';
        request.timer = this.startTimer(d.requestId);
      } else request.phase = 'done';
    }
  }
}
export default { ...reference, name: 'correct-client-deferred-confirm', createClient: (p, c) => new C(p, c) };
