// @ts-nocheck
// Breaks 8.2/11 ("No cleanup action is triggered automatically"; Phase 7 MUST NOT attempt
// rollback) as told to the operator, and 4.3: the client renders a fenced query's "not
// executed" as "failed midway; partial changes were cleaned up" — claiming a partial
// execution and an automatic cleanup, neither of which it observed (the kernel had FENCED it).
import { Client, probe, sut } from './lib/common.ts';

class C extends Client {
  onMessage(from, message) {
    if (message.kind === 'answer' && message.source === 'kernel-query' && message.outcome === 'not-executed' && message.rejection === null) {
      probe('b11-client-fence-says-cleaned-up', message.requestId);
      message = { ...message, text: 'failed midway; partial changes were cleaned up' };
    }
    super.onMessage(from, message);
  }
}
export default sut('b11-client-fence-says-cleaned-up', { createClient: (p, c) => new C(p, c) });
