// @ts-nocheck
// MUTANT (9, 8.1): for a not-executed answer without a rejection (fenced), the client shows as its
// text the last validation rejection text it displayed (another request's explanation).
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class C extends Client {
  lastValidation = null;
  onMessage(from, message) {
    if (message.kind === 'answer') {
      if (message.source === 'validation' && message.rejection !== null) this.lastValidation = message.rejection.text;
      else if (message.outcome === 'not-executed' && message.rejection === null && this.lastValidation !== null) {
        message = { ...message, text: this.lastValidation };
      }
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'client-borrows-validation-text', createClient: (p, c) => new C(p, c) };
