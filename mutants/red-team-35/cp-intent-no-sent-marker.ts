// @ts-nocheck
// Control plane: each dispatch is written ahead ("dispatching", synced), then sent, then marked
// "sent" (synced). After a restart, an outcome query about a request whose log says "dispatching"
// but never "sent" is answered "not executed" without asking the kernel ("we crashed before sending
// it"). A crash between the send and the marker makes that a guess about a dispatch that did go out
// (5.2: not executed unless kernel durability proves otherwise — the kernel decides, not the log).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  onStart() {
    super.onStart();
    this.unsent = new Set();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'dispatching') this.unsent.add(d.requestId);
      if (d.t === 'sent') this.unsent.delete(d.requestId);
    }
  }
  onClient(client, message) {
    if (message.kind === 'confirm') {
      const ch = this.challenges.get(message.token);
      if (ch !== undefined && ch.requestId === message.requestId) {
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'dispatching', requestId: message.requestId }) });
        this.port.sync();
        super.onClient(client, message);
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'sent', requestId: message.requestId }) });
        this.port.sync();
        return;
      }
    }
    if (message.kind === 'outcome-query' && this.unsent.has(message.requestId)) {
      probe('cp-intent-no-sent-marker', `outcome of ${message.requestId} answered not-executed from a "dispatching" intent with no "sent" marker`);
      this.audit('outcome-resolved', message.requestId, 'not-executed');
      this.port.send(client, { kind: 'answer', requestId: message.requestId, outcome: 'not-executed', source: 'kernel-query', rejection: null, text: 'not executed' });
      return;
    }
    super.onClient(client, message);
  }
}
export default sutWith('cp-intent-no-sent-marker', { createControlPlane: (p, c) => new CP(p, c) });
