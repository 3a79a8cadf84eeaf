// MUTANT (red-team b) — spec 5.2 "The request is treated as not executed unless kernel
// durability proves otherwise".
//
// The bug: a confirm carrying a token this incarnation never issued (its challenge died with an
// earlier incarnation) is answered, and audited, as definitively "not executed" — "a token I do
// not know was never dispatched by me" — instead of "challenge expired — outcome unknown".
// The reference stays agnostic because it cannot tell whether the earlier incarnation dispatched
// that request before crashing.
//
// Reachable when: the control plane crashes after dispatching a confirmed request (the kernel may
// well execute it) and a copy of that confirm — duplicated or delayed by the network — reaches
// the next incarnation. The operator (or the audit log) is told "not executed" for a request the
// kernel durably executed, with no kernel state consulted. A confirm that simply arrives after a
// crash that killed the challenge shows the same answer, which then happens to be right. With
// nothing failing, every confirm carries a live token: behaviour is the reference's.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane, answer } from './b-lib/control-plane.ts';

export const info = {
  clause: '5.2',
  sentence: 'The request is treated as **not executed** unless kernel durability proves otherwise',
  failurePathOnly: true,
  description:
    'a confirm for a challenge issued by an earlier incarnation is answered and audited "not-executed" (challenge-expired) instead of "unknown", although the earlier incarnation may have dispatched it',
};

const EXPIRED_NOT_EXECUTED = 'challenge expired — request not executed, please reissue';

class ExpiredIsNotExecutedControlPlane extends ControlPlane {
  protected override onClient(client: Address, message: ClientMessage): void {
    if (message.kind === 'confirm') {
      const challenge = this.challenges.get(message.token);
      if ((challenge === undefined || challenge.requestId !== message.requestId) && !this.dispatched.has(message.requestId)) {
        this.audit('challenge-expired', message.requestId, 'not-executed');
        this.port.send(client, answer(message.requestId, 'not-executed', 'challenge-expired', null, EXPIRED_NOT_EXECUTED));
        return;
      }
    }
    super.onClient(client, message);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-expired-challenge-reported-not-executed',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new ExpiredIsNotExecutedControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
