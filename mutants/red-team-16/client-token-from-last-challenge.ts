// @ts-nocheck
// Mix-up (client): the client keeps one "current challenge token" (the last challenge it
// showed) and confirms or abandons any request with it. With two challenges open at one
// terminal, the confirm of the first carries the second's token.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class LastTokenClient extends Client {
  lastToken = '';
  onMessage(from, message) {
    if (message.kind === 'challenge') {
      const r = this.requests.get(message.requestId);
      if (r !== undefined && r.phase === 'submitted') this.lastToken = message.token;
    }
    return super.onMessage(from, message);
  }
  onOperator(command) {
    if (command.kind === 'confirm' || command.kind === 'abandon') {
      const r = this.requests.get(command.requestId);
      if (r !== undefined && r.phase === 'challenged') r.token = this.lastToken;
    }
    return super.onOperator(command);
  }
}
export default { ...reference, name: 'client-token-from-last-challenge', createClient: (p, c) => new LastTokenClient(p, c) };
