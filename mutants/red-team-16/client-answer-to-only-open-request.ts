// @ts-nocheck
// Mix-up (client): an answer naming a request id this client does not know (one from before
// its restart, or the other operator's) is shown under the one request the client has open,
// "since that must be what it is about".
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class OnlyOpenClient extends Client {
  onMessage(from, message) {
    if (message.kind === 'answer' && !this.requests.has(message.requestId)) {
      const open = [...this.requests.entries()].filter(([, r]) => r.phase === 'submitted' || r.phase === 'confirmed' || r.phase === 'asking');
      if (open.length === 1) return super.onMessage(from, { ...message, requestId: open[0][0] });
    }
    return super.onMessage(from, message);
  }
}
export default { ...reference, name: 'client-answer-to-only-open-request', createClient: (p, c) => new OnlyOpenClient(p, c) };
