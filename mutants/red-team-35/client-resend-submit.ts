// @ts-nocheck
// Client: when no challenge comes back for a submit in time, it re-sends the submit once with the
// same request id before telling the operator "no response" ("a submit is harmless, nothing runs
// without a confirm") — a retry the operator never asked for (6.1, 10: no retries).
import { Client } from '../../src/client.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class C extends Client {
  constructor(p, c) { super(p, c); this.ops = new Map(); this.resent = new Set(); }
  onOperator(command) {
    const before = new Set(this.requests.keys());
    super.onOperator(command);
    if (command.kind === 'submit') for (const id of this.requests.keys()) if (!before.has(id)) this.ops.set(id, command.operation);
  }
  onTimer(name, id) {
    const r = this.requests.get(name);
    if (r !== undefined && r.phase === 'submitted' && this.ops.has(name) && !this.resent.has(name)) {
      this.resent.add(name);
      probe('client-resend-submit', `submit ${name} re-sent after no challenge`);
      this.port.send(this.config.controlPlane, { kind: 'submit', requestId: name, operation: this.ops.get(name) });
      r.timer = this.startTimer(name);
      return;
    }
    super.onTimer(name, id);
  }
}
export default sutWith('client-resend-submit', { createClient: (p, c) => new C(p, c) });
