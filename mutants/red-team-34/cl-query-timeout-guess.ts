// @ts-nocheck
// 4.3: when the operator's outcome question goes unanswered, the client reasons "the query
// fences the request, so it cannot have executed" and shows "not executed". It guesses.
import { Client } from '../../src/client.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  onTimer(name: string): void {
    const self = this as any;
    const r = self.requests.get(name);
    if (r !== undefined && r.phase === 'asking') {
      probe('cl-query-timeout-guess', name);
      r.timer = 0;
      r.phase = 'done';
      self.port.display({ kind: 'outcome', requestId: name, outcome: 'not-executed', source: 'no-response', rejection: null, text: 'no response to the query — not executed' });
      return;
    }
    super.onTimer(name);
  }
}
export default sut('cl-query-timeout-guess', { createClient: (p, c) => new C(p, c) });
