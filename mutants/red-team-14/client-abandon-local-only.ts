// @ts-nocheck
// The client handles an operator's abandon locally: it forgets the challenge and tells the
// control plane nothing ("not confirming is abandoning"). Nothing executes — the challenge
// simply goes unconfirmed — but the abandonment, an operator-induced failure (8.2), is never
// logged: breaks 9 ("All failures MUST ... be logged").
import { Client } from '../../src/client.ts';
import { reference } from '../../src/index.ts';

class LocalAbandonClient extends Client {
  onOperator(command) {
    if (command.kind === 'abandon') {
      const request = this.requests.get(command.requestId);
      if (request === undefined || request.phase !== 'challenged') return;
      request.phase = 'done';
      return;
    }
    super.onOperator(command);
  }
}
export default { ...reference, name: 'red14-client-abandon-local-only', createClient: (p, c) => new LocalAbandonClient(p, c) };
