// @ts-nocheck
// Control plane: "so that no answer is lost to a restart", it writes who is waiting for each
// dispatch (INTENT, synced) and reloads the waiters on start; a kernel decision arriving at the
// new incarnation for the old one's dispatch is then pushed to the client (10: no in-flight state
// is recovered; recovery is observation only).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  onStart() {
    super.onStart();
    this.reloaded = new Set();
    const open = new Map();
    for (const r of this.port.records()) {
      if (r.kind === 'INTENT') { const d = JSON.parse(r.data); if (d.t === 'waiter') open.set(d.requestId, d.client); }
      if (r.kind === 'AUDIT' && r.outcome !== 'unknown') open.delete(r.requestId);
    }
    for (const [id, client] of open) { this.waiting.set(id, [client]); this.reloaded.add(id); }
  }
  onClient(client, message) {
    (this.asked ??= new Set()).add(message.requestId);
    if (message.kind === 'confirm' && this.challenges.get(message.token)?.requestId === message.requestId) {
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'waiter', requestId: message.requestId, client }) });
      this.port.sync();
    }
    super.onClient(client, message);
  }
  answer(requestId, outcome, source, rejection, text) {
    if (this.reloaded?.has(requestId) && this.waiting.has(requestId) && !this.asked?.has(requestId)) probe('cp-durable-waiters', `answer ${requestId} ${outcome} pushed to a waiter reloaded from a previous incarnation`);
    this.reloaded?.delete(requestId);
    super.answer(requestId, outcome, source, rejection, text);
  }
  onKernel(reply) {
    if (reply.kind === 'state') this.reloaded?.delete(reply.requestId);
    super.onKernel(reply);
  }
}
export default sutWith('cp-durable-waiters', { createControlPlane: (p, c) => new CP(p, c) });
