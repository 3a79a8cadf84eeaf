// @ts-nocheck
// spec 4.3 "outcome MUST be determined from kernel state": ask-outcome about a request whose answer this client already showed as "unknown" (timeout) replays that cached "not executed" assumption instead of asking (a client that remembers too much).
import { Client } from '../../src/client.ts';
import { probe, sut } from './_sut.ts';
class C extends Client {
  shownUnknown = new Set();
  onOperator(command) {
    if (command.kind === 'ask-outcome' && this.shownUnknown.has(command.requestId)) {
      probe('client-ask-shows-unknown-cache');
      this.port.display({ kind: 'outcome', requestId: command.requestId, outcome: 'not-executed', source: 'no-response', rejection: null, text: 'no response earlier — treated as not executed' });
      return;
    }
    super.onOperator(command);
  }
  onTimer(name) {
    const r = this.requests.get(name);
    if (r !== undefined && r.phase === 'confirmed') this.shownUnknown.add(name);
    super.onTimer(name);
  }
}
export default sut('client-ask-shows-unknown-cache', { createClient: (p, c) => new C(p, c) });
