// @ts-nocheck
// Breaks 7.1 ("The rejection MUST be surfaced verbatim"; "MUST NOT reinterpret") and 6.2/4.3:
// the client keeps the kernel's rejection object verbatim but wraps its text in a claim it
// never observed — "your request was a duplicate and was already handled: <text>".
import { Client, probe, sut } from './lib/common.ts';

class C extends Client {
  onMessage(from, message) {
    if (message.kind === 'answer' && message.rejection !== null && message.source !== 'validation') {
      probe('b01-client-reject-claims-duplicate', `${message.requestId} ${message.rejection.code}`);
      message = { ...message, text: `duplicate request — already handled earlier: ${message.rejection.text}` };
    }
    super.onMessage(from, message);
  }
}
export default sut('b01-client-reject-claims-duplicate', { createClient: (p, c) => new C(p, c) });
