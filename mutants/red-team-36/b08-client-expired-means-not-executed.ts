// @ts-nocheck
// Breaks 4.3 / 5.2 ("MUST NOT guess"; "No assumptions are allowed"): the client turns the
// control plane's "challenge expired — outcome unknown" into "not executed", reasoning that an
// expired challenge was never dispatched — but the confirm it sent may have been dispatched
// by the incarnation that crashed (and a copy of it was what expired).
import { Client, probe, sut } from './lib/common.ts';

class C extends Client {
  onMessage(from, message) {
    if (message.kind === 'answer' && message.source === 'challenge-expired') {
      probe('b08-client-expired-means-not-executed', message.requestId);
      message = { ...message, outcome: 'not-executed', text: 'challenge expired — not executed' };
    }
    super.onMessage(from, message);
  }
}
export default sut('b08-client-expired-means-not-executed', { createClient: (p, c) => new C(p, c) });
