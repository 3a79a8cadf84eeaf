// @ts-nocheck
// MUTANT (7.1, 9): when an answer says not-executed without a rejection (a fenced request, a
// resolved unknown), the client "adds context": it shows the last kernel rejection text it has
// seen for the same collection — another request's rejection — as the outcome's text.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

function coll(op) { return op.name ?? op.collection ?? op.from ?? null; }
class C extends Client {
  ops = new Map(); lastRejection = new Map();
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
      if (c !== null && message.rejection !== null && message.source !== 'validation') this.lastRejection.set(c, message.rejection.text);
      if (c !== null && message.outcome === 'not-executed' && message.rejection === null && this.lastRejection.has(c)) {
        message = { ...message, text: this.lastRejection.get(c) };
      }
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'client-fence-text-borrows-collection-rejection', createClient: (p, c) => new C(p, c) };
