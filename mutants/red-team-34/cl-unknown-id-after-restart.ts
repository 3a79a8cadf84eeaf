// @ts-nocheck
// 4.3: after a client restart, an operator asking about a request this terminal no longer knows
// (it was in flight at the crash) is told at once "request not known to this terminal —
// outcome unknown" instead of the client asking the control plane. The outcome is never
// determined from kernel state for exactly the requests 4.3 is about.
import { Client } from '../../src/client.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  private readonly mine = new Set<string>();
  private restarted = false;
  onStart(): void {
    this.restarted = (this as any).port.now() > 0;
    super.onStart();
  }
  onOperator(command: any): void {
    const self = this as any;
    if (command.kind === 'ask-outcome' && this.restarted && !self.requests.has(command.requestId) && /^r\d+$/.test(command.requestId) && !this.mine.has(command.requestId)) {
      probe('cl-unknown-id-after-restart', command.requestId);
      self.port.display({ kind: 'outcome', requestId: command.requestId, outcome: 'unknown', source: 'no-response', rejection: null, text: 'request not known to this terminal — outcome unknown' });
      return;
    }
    const before = new Set(self.requests.keys());
    super.onOperator(command);
    for (const id of self.requests.keys()) if (!before.has(id)) this.mine.add(id);
  }
}
export default sut('cl-unknown-id-after-restart', { createClient: (p, c) => new C(p, c) });
