// @ts-nocheck
// MUTANT (5.1, 9, 10): the control plane journals "confirmed r" (synced) before it dispatches
// r and "sent r" after. A restarted control plane applies 5.1 to every journalled confirm
// with no sent-marker: "crashed before dispatch — did not execute", audited not-executed.
// But the marker is written after the send: a crash between the send and the marker's sync
// leaves a dispatch in the network that the log calls not executed.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

const J = (o) => ({ kind: 'INTENT', data: JSON.stringify(o) });
class CP extends ControlPlane {
  onStart() {
    super.onStart();
    const open = new Set();
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'confirmed') open.add(d.id);
      else open.delete(d.id);
    }
    for (const id of open) {
      this.port.append(J({ t: 'closed', id }));
      this.audit('outcome-resolved', id, 'not-executed');
    }
  }
  onClient(client, message) {
    if (message.kind === 'confirm') {
      const challenge = this.challenges.get(message.token);
      if (challenge !== undefined && challenge.requestId === message.requestId) {
        this.port.append(J({ t: 'confirmed', id: message.requestId }));
        this.port.sync();
        super.onClient(client, message);
        this.port.append(J({ t: 'sent', id: message.requestId }));
        this.port.sync();
        return;
      }
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'red18-cp-restart-audits-undispatched-not-executed', createControlPlane: (p, c) => new CP(p, c) };
