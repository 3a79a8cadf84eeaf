// @ts-nocheck
// MUTANT (7.1): the client believes an answer sourced from the kernel's DUPLICATE is about the
// duplicate copy, not the request, so it shows "not executed" without the kernel's rejection.
// Misbehaves only when the kernel's first decision is lost AND a copy of the dispatch reaches it
// AND that first decision was a REJECT.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
class C extends Client {
  onMessage(from, message) {
    if (message.kind === 'answer' && message.source === 'kernel-duplicate' && message.rejection !== null) {
      message = { ...message, rejection: null, text: 'not executed (duplicate)' };
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'client-duplicate-answer-drops-rejection', createClient: (port, config) => new C(port, config) };
