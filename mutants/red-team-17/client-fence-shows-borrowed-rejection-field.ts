// @ts-nocheck
// MUTANT (7.1, 4.3): for a not-executed answer that carries no rejection (a fenced request), the
// client shows, in the outcome's rejection field, the last kernel rejection it saw about the same
// collection (another request's), keeping the answer's own text.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

function coll(op) { return op.name ?? op.collection ?? op.from ?? null; }
class C extends Client {
  ops = new Map(); last = new Map();
  onOperator(command) {
    if (command.kind === 'submit') {
      const before = new Set(this.requests.keys());
      super.onOperator(command);
      for (const id of this.requests.keys()) if (!before.has(id)) this.ops.set(id, command.operation);
      return;
    }
    super.onOperator(command);
  }
  onMessage(from, message) {
    if (message.kind === 'answer') {
      const op = this.ops.get(message.requestId);
      const c = op ? coll(op) : null;
      if (c !== null && message.rejection !== null && message.source !== 'validation') this.last.set(c, message.rejection);
      else if (c !== null && message.outcome === 'not-executed' && message.rejection === null && this.last.has(c)) {
        message = { ...message, rejection: this.last.get(c) };
      }
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'client-fence-shows-borrowed-rejection-field', createClient: (p, c) => new C(p, c) };
