// @ts-nocheck
// CORRECT: when a challenge arrives, the client shows the request id again (with its intent),
// next to the challenge, so the operator sees which id they are about to confirm. An extra,
// truthful display; nothing else changes.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class RepeatsIdClient extends Client {
  intentOf = new Map();
  onOperator(command) {
    super.onOperator(command);
    if (command.kind === 'submit' || command.kind === 'observe') {
      const ids = [...this.requests.keys()];
      this.intentOf.set(ids[ids.length - 1], command.intent);
    }
  }
  onMessage(from, message) {
    const before = message.kind === 'challenge' ? this.requests.get(message.requestId)?.phase : undefined;
    super.onMessage(from, message);
    if (message.kind === 'challenge' && before === 'submitted' && this.intentOf.has(message.requestId)) {
      this.port.display({ kind: 'request-id', intent: this.intentOf.get(message.requestId), requestId: message.requestId });
    }
  }
}
export default { ...reference, name: 'correct-client-repeats-id-at-challenge', createClient: (port, config) => new RepeatsIdClient(port, config) };
