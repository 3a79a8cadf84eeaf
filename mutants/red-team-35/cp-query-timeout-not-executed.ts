// @ts-nocheck
// Control plane: when a fenced outcome query gets no kernel reply in time, it answers
// "not executed" ("the fence stops it anyway") instead of "unknown" — but the query may never have
// reached the kernel, and the request may have executed (4.3, 5.2, 7.2: the control plane must not guess).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  constructor(p, c) { super(p, c); this.queries = new Set(); }
  onClient(client, message) {
    if (message.kind === 'outcome-query') this.queries.add(message.requestId);
    if (message.kind === 'confirm') this.queries.delete(message.requestId);
    super.onClient(client, message);
  }
  onKernel(reply) { this.queries.delete(reply.requestId); super.onKernel(reply); }
  onTimer(name, id) {
    if (this.timers.has(name) && this.queries.has(name) && !this.dispatched.has(name)) {
      this.timers.delete(name);
      this.queries.delete(name);
      probe('cp-query-timeout-not-executed', `query ${name} timed out, answered not-executed`);
      this.audit('kernel-timeout', name, 'not-executed');
      this.answer(name, 'not-executed', 'timeout', null, 'no reply from the kernel — not executed');
      return;
    }
    super.onTimer(name, id);
  }
}
export default sutWith('cp-query-timeout-not-executed', { createControlPlane: (p, c) => new CP(p, c) });
