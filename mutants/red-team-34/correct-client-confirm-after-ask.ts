// @ts-nocheck
// CORRECT (unusual): asking about a request that is waiting at its challenge does not throw the
// challenge away: the operator may still confirm or abandon it afterwards (once). If the
// query fenced it, the kernel's DUPLICATE says so and nothing executes.
import { Client } from '../../src/client.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { sut } from './lib/sut.ts';
import { probe } from './lib/probe.ts';

class C extends Client {
  private readonly parked = new Map<string, string>(); // request id -> token of an unanswered challenge
  onOperator(command: any): void {
    const self = this as any;
    if (command.kind === 'ask-outcome') {
      const r = self.requests.get(command.requestId);
      if (r !== undefined && r.phase === 'challenged') this.parked.set(command.requestId, r.token);
    }
    if ((command.kind === 'confirm' || command.kind === 'abandon') && this.parked.has(command.requestId)) {
      const r = self.requests.get(command.requestId);
      if (r !== undefined && r.phase === 'done') {
        const token = this.parked.get(command.requestId);
        this.parked.delete(command.requestId);
        probe('correct-client-confirm-after-ask', `${command.kind} ${command.requestId} after asking`);
        r.phase = 'challenged';
        r.token = token;
      }
    }
    if (command.kind === 'confirm' || command.kind === 'abandon') this.parked.delete(command.requestId);
    super.onOperator(command);
  }
  onMessage(from: Address, message: Message): void { super.onMessage(from, message); }
}
export default sut('correct-client-confirm-after-ask', { createClient: (p, c) => new C(p, c) });
