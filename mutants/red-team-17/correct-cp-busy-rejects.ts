// @ts-nocheck
// CORRECT: under load (a kernel dispatch or query already in flight) the control plane does
// not challenge a new submit: it rejects it explicitly, before any challenge, "busy —
// rejected, re-issue", outcome not-executed (true: nothing was or will be dispatched), and
// audits the failure (not-executed) before replying.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';

const BUSY = { code: 'BUSY', text: 'control plane busy — request rejected, nothing was executed; re-issue it' };
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId) && validate(message.operation) === null && this.timers.size > 0) {
      this.seen.add(message.requestId);
      this.audit('invalid-request', message.requestId, 'not-executed');
      this.port.send(client, { kind: 'answer', requestId: message.requestId, outcome: 'not-executed', source: 'validation', rejection: BUSY, text: BUSY.text });
      return;
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'correct-cp-busy-rejects', createControlPlane: (p, c) => new CP(p, c) };
