// @ts-nocheck
// CORRECT (another design): the client also shows an answer that arrives after it told the
// operator "no response — outcome unknown" (or after an earlier, different answer), e.g. the
// kernel's decision that was slower than the client's patience. Every answer it shows is the
// control plane's, unchanged: a kernel decision (final), a verbatim rejection, or an honest
// "unknown" — so it claims nothing it did not observe (4.3) and retries nothing (10). A copy of
// an answer it already showed (the network duplicated it) is not shown twice.
import { Client, probe, sut } from './lib/common.ts';

class C extends Client {
  onMessage(from, message) {
    if (message.kind === 'answer') {
      this.shown ??= new Map();
      const key = JSON.stringify([message.outcome, message.source, message.rejection, message.text]);
      const r = this.requests.get(message.requestId);
      if (r !== undefined && r.phase === 'done') {
        if (this.shown.get(message.requestId) === key) return;
        this.shown.set(message.requestId, key);
        probe('correct-client-late-answers', `path: late answer ${message.requestId}`);
        this.port.display({ kind: 'outcome', requestId: message.requestId, outcome: message.outcome, source: message.source, rejection: message.rejection, text: message.text });
        return;
      }
      if (r !== undefined && r.phase !== 'challenged') this.shown.set(message.requestId, key);
    }
    super.onMessage(from, message);
  }
  onTimer(name) {
    const r = this.requests.get(name);
    if (r !== undefined && r.phase !== 'done') this.shown?.set(name, 'timeout');
    super.onTimer(name);
  }
}
export default sut('correct-client-late-answers', { createClient: (p, c) => new C(p, c) });
