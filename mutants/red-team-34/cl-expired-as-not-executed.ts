// @ts-nocheck
// 4.3: the client shows a "challenge expired" answer as "not executed" ("the control plane
// never dispatched it"): true unless a copy of the confirm reached the previous
// incarnation, which dispatched it before crashing. The client guesses.
import { Client } from '../../src/client.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  onMessage(from: Address, message: Message): void {
    if (message.kind === 'answer' && message.source === 'challenge-expired') {
      const self = this as any;
      const request = self.requests.get(message.requestId);
      if (request !== undefined && request.phase !== 'done' && request.phase !== 'challenged') {
        probe('cl-expired-as-not-executed', message.requestId);
        self.stopTimer(request);
        request.phase = 'done';
        self.port.display({
          kind: 'outcome', requestId: message.requestId, outcome: 'not-executed', source: message.source,
          rejection: null, text: 'challenge expired — not executed',
        });
        return;
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('cl-expired-as-not-executed', { createClient: (p, c) => new C(p, c) });
