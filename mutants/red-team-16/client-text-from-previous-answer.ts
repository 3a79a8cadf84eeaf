// @ts-nocheck
// Mix-up (client): the client renders outcomes through one shared message line that is
// only refilled when an answer carries a rejection; an executed or not-executed answer
// without one is shown with whatever text the previous rejection (of any request) left.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class SharedLineClient extends Client {
  line = null;
  onMessage(from, message) {
    if (message.kind === 'answer') {
      if (message.rejection !== null) this.line = message.text;
      else if (message.outcome !== 'unknown' && this.line !== null) return super.onMessage(from, { ...message, text: this.line });
    }
    return super.onMessage(from, message);
  }
}
export default { ...reference, name: 'client-text-from-previous-answer', createClient: (p, c) => new SharedLineClient(p, c) };
