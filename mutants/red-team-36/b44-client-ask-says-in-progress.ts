// @ts-nocheck
// Breaks 4.3 ("The execution outcome MUST be determined from kernel state"; a client must not
// claim what it did not observe): when the operator asks about a request whose answer it is
// still waiting for, the client does not query; it shows "still executing at the kernel —
// please wait" (outcome unknown), a claim about the kernel it has never observed — the dispatch
// may have been lost, or have executed long ago.
import { Client, probe, sut } from './lib/common.ts';

class C extends Client {
  onOperator(command) {
    if (command.kind === 'ask-outcome') {
      const r = this.requests.get(command.requestId);
      if (r !== undefined && r.phase === 'confirmed') {
        probe('b44-client-ask-says-in-progress', command.requestId);
        this.port.display({ kind: 'outcome', requestId: command.requestId, outcome: 'unknown', source: 'no-response', rejection: null, text: 'still executing at the kernel — please wait' });
        // the wait for the original answer restarts from this question, as the reference's does
        this.stopTimer(r);
        r.timer = this.startTimer(command.requestId);
        return;
      }
    }
    super.onOperator(command);
  }
}
export default sut('b44-client-ask-says-in-progress', { createClient: (p, c) => new C(p, c) });
