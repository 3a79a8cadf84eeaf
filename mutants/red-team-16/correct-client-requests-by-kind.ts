// @ts-nocheck
// Correct alternative (client): observes are tracked in a table of their own, apart from
// mutations, and an `observed` reply is matched only against that table; an `answer` only
// against the mutation table. Same displays as the reference for every id.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class KindClient extends Client {
  observeIds = new Set();
  onOperator(command) {
    super.onOperator(command);
    if (command.kind === 'observe') {
      const ids = [...this.requests.keys()];
      this.observeIds.add(ids[ids.length - 1]);
    }
    if (command.kind === 'ask-outcome') this.observeIds.delete(command.requestId);
  }
  onMessage(from, message) {
    if (message.kind === 'observed' && !this.observeIds.has(message.requestId)) return;
    if ((message.kind === 'answer' || message.kind === 'challenge') && this.observeIds.has(message.requestId)) {
      // an observe is never answered by a challenge; an answer about it (timeout) is shown
      if (message.kind === 'challenge') return;
    }
    return super.onMessage(from, message);
  }
}
export default { ...reference, name: 'correct-client-requests-by-kind', createClient: (p, c) => new KindClient(p, c) };
