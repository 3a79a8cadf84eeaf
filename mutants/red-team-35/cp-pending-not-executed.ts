// @ts-nocheck
// Control plane: an outcome query about a request this incarnation has challenged but not yet seen
// confirmed is answered "not executed" at once ("it is still waiting for its confirm"), with no
// fenced query. But an earlier incarnation may have dispatched it (this challenge came from a copy
// of its submit), and nothing stops the pending confirm from executing it afterwards: a guess, not
// kernel state (4.3, 5.2: kernel state is authoritative).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'outcome-query' && !this.dispatched.has(message.requestId)) {
      for (const ch of this.challenges.values()) {
        if (ch.requestId !== message.requestId) continue;
        probe('cp-pending-not-executed', `outcome of challenged ${message.requestId} answered not-executed without the kernel`);
        this.audit('outcome-resolved', message.requestId, 'not-executed');
        this.port.send(client, { kind: 'answer', requestId: message.requestId, outcome: 'not-executed', source: 'validation', rejection: null, text: 'not executed: awaiting confirmation' });
        return;
      }
    }
    super.onClient(client, message);
  }
}
export default sutWith('cp-pending-not-executed', { createControlPlane: (p, c) => new CP(p, c) });
