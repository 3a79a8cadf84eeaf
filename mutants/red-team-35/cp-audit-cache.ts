// @ts-nocheck
// Control plane: outcome queries about a request whose outcome the audit log already records as
// executed are answered from the log, without asking the kernel ("the
// log holds the kernel's answer anyway"); it survives restarts (4.3: outcome determined from kernel
// state; 5.3: recovery relies on kernel state only).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  settled() {
    const m = new Map();
    for (const r of this.port.records()) if (r.kind === 'AUDIT') { if (r.outcome === 'unknown') m.delete(r.requestId); else m.set(r.requestId, r.outcome); }
    return m;
  }
  onClient(client, message) {
    if (message.kind === 'outcome-query') {
      const outcome = this.settled().get(message.requestId);
      if (outcome === 'executed') {
        probe('cp-audit-cache', `outcome-query ${message.requestId} answered ${outcome} from the audit log`);
        this.port.send(client, { kind: 'answer', requestId: message.requestId, outcome, source: 'kernel-query', rejection: null, text: outcome === 'executed' ? 'executed' : 'not executed' });
        return;
      }
    }
    super.onClient(client, message);
  }
}
export default sutWith('cp-audit-cache', { createControlPlane: (p, c) => new CP(p, c) });
