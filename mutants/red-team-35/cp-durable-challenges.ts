// @ts-nocheck
// Control plane: challenges are written ahead (INTENT, synced) so that "an operator's pending
// confirmation survives a control-plane restart"; on start the open ones are reloaded. A confirm
// answering the previous incarnation's challenge is then dispatched instead of told "challenge
// expired" (10: no in-flight state is recovered; 5.1).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  onStart() {
    super.onStart();
    this.reloaded = new Set();
    const open = new Map();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'challenge') open.set(d.token, { requestId: d.requestId, operation: d.operation });
      if (d.t === 'closed') open.delete(d.token);
    }
    for (const [token, ch] of open) { this.challenges.set(token, ch); this.seen.add(ch.requestId); this.reloaded.add(token); }
  }
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId)) {
      const before = new Set(this.challenges.keys());
      const origDraw = this.port.drawId;
      super.onClient(client, message);
      for (const [token, ch] of this.challenges) {
        if (!before.has(token)) { this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'challenge', token, requestId: ch.requestId, operation: ch.operation }) }); this.port.sync(); }
      }
      return;
    }
    if ((message.kind === 'confirm' || message.kind === 'abandon') && this.challenges.get(message.token)?.requestId === message.requestId) {
      if (this.reloaded?.has(message.token)) probe('cp-durable-challenges', `${message.kind} ${message.requestId} matched a challenge of a previous incarnation`);
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'closed', token: message.token }) });
      this.port.sync();
    }
    super.onClient(client, message);
  }
}
export default sutWith('cp-durable-challenges', { createControlPlane: (p, c) => new CP(p, c) });
