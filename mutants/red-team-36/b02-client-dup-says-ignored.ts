// @ts-nocheck
// Breaks 4.3 ("If kernel state reflects execution → action succeeded"; "MUST NOT guess") and
// 6.2: when the answer came from the kernel's DUPLICATE naming a first EXEC, the client keeps
// outcome "executed" in the structured field but tells the operator, in words, that the
// request was a duplicate that was ignored and nothing ran.
import { Client, probe, sut } from './lib/common.ts';

class C extends Client {
  onMessage(from, message) {
    if (message.kind === 'answer' && message.source === 'kernel-duplicate' && message.outcome === 'executed') {
      probe('b02-client-dup-says-ignored', message.requestId);
      message = { ...message, text: 'duplicate request ignored — nothing was executed' };
    }
    super.onMessage(from, message);
  }
}
export default sut('b02-client-dup-says-ignored', { createClient: (p, c) => new C(p, c) });
