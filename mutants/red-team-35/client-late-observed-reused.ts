// @ts-nocheck
// Client: an 'observed' reply that arrives for an observe the client already gave up on (timed out)
// is not thrown away: it is shown as the answer to the operator's newest observe still waiting
// ("a state is a state"). That state was read before the newer observe was even issued, and may miss
// outcomes the operator was told since (4.3, 10: observation shows kernel state).
import { Client } from '../../src/client.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class C extends Client {
  constructor(p, c) { super(p, c); this.observes = []; }
  onOperator(command) {
    const before = new Set(this.requests.keys());
    super.onOperator(command);
    if (command.kind === 'observe') for (const id of this.requests.keys()) if (!before.has(id)) this.observes.push(id);
  }
  onMessage(from, message) {
    if (message.kind === 'observed') {
      const own = this.requests.get(message.requestId);
      if (own !== undefined && own.phase === 'done' && this.observes.includes(message.requestId)) {
        const newest = [...this.observes].reverse().find((id) => this.requests.get(id)?.phase === 'submitted');
        if (newest !== undefined) {
          probe('client-late-observed-reused', `late state of ${message.requestId} shown as ${newest}`);
          super.onMessage(from, { ...message, requestId: newest });
          return;
        }
      }
    }
    super.onMessage(from, message);
  }
}
export default sutWith('client-late-observed-reused', { createClient: (p, c) => new C(p, c) });
