// @ts-nocheck
// CORRECT: the control plane challenges one thing at a time against the kernel: a valid new
// submit arriving while a kernel dispatch or query is in flight is held (validated, marked
// seen) and challenged as soon as that kernel exchange ends (reply or timeout). Each held
// submit gets exactly one challenge, for its own operation, from this incarnation.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';

class CP extends ControlPlane {
  held = [];
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId) && validate(message.operation) === null && this.timers.size > 0) {
      this.seen.add(message.requestId);
      this.held.push({ client, requestId: message.requestId, operation: message.operation });
      return;
    }
    super.onClient(client, message);
  }
  drain() {
    if (this.timers.size > 0) return;
    const held = this.held; this.held = [];
    for (const h of held) {
      const token = this.port.drawId();
      this.challenges.set(token, { requestId: h.requestId, operation: h.operation });
      this.port.send(h.client, { kind: 'challenge', requestId: h.requestId, token, operation: h.operation });
    }
  }
  onKernel(reply) { super.onKernel(reply); this.drain(); }
  onTimer(name, id) { super.onTimer(name, id); this.drain(); }
}
export default { ...reference, name: 'correct-cp-serialized-challenges', createControlPlane: (p, c) => new CP(p, c) };
