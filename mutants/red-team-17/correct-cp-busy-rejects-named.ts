// @ts-nocheck
// CORRECT: under load (a kernel dispatch or query already in flight) the control plane does
// not challenge a new submit: it rejects it explicitly, before any challenge, "busy —
// rejected, re-issue", outcome not-executed (true: nothing was or will be dispatched), and
// audits the failure (not-executed) before replying. This variant names the request (its kind and
// object) in the text and avoids the word "executed".
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';

const busy = (op) => { const t = `control plane busy: ${op.kind} ${JSON.stringify(op.name ?? op.collection ?? op.from ?? op.key)} refused before any challenge, nothing ran; re-issue it`; return { code: 'BUSY', text: t }; };
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId) && validate(message.operation) === null && this.timers.size > 0) {
      this.seen.add(message.requestId);
      this.audit('invalid-request', message.requestId, 'not-executed');
      this.port.send(client, { kind: 'answer', requestId: message.requestId, outcome: 'not-executed', source: 'validation', rejection: busy(message.operation), text: busy(message.operation).text });
      return;
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'correct-cp-busy-rejects-named', createControlPlane: (p, c) => new CP(p, c) };
