// MUTANT (red-team b) — spec 5.3 "The action is considered executed".
//
// The bug: a kernel decision that reaches a control-plane incarnation which never dispatched that
// request (and has nobody waiting for it) is taken to belong to a crashed incarnation, and the
// control plane "voids" it: it audits the request as resolved "not-executed" and from then on
// answers outcome queries about it with "not executed", without asking the kernel. The engineer
// read 5.2 ("treated as not executed") where 5.3 applies: the kernel has acknowledged execution.
//
// Reachable when: the control plane crashes after dispatching, the kernel executes and
// acknowledges, and that acknowledgement (delayed, or duplicated) is delivered to the next
// incarnation. The audit log then says "not executed" for an executed action, and the operator
// who asks is told the same and will reissue it. With nothing failing, every decision reaches
// the incarnation that dispatched it: behaviour is the reference's.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage, KernelReply } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane, answer } from './b-lib/control-plane.ts';

export const info = {
  clause: '5.3',
  sentence: 'The action is considered executed',
  failurePathOnly: true,
  description:
    'a kernel EXEC acknowledgement that arrives after a control-plane restart (for a dispatch of the crashed incarnation) is audited and later reported as "not-executed" (voided) instead of executed',
};

const VOIDED = 'not executed — dispatched by a control-plane incarnation that crashed; please reissue';

class VoidingControlPlane extends ControlPlane {
  private readonly voided = new Set<string>();

  protected override onKernel(reply: KernelReply): void {
    const orphan =
      (reply.kind === 'decision' || reply.kind === 'duplicate') &&
      !this.dispatched.has(reply.requestId) &&
      !this.waiting.has(reply.requestId);
    if (orphan) {
      // Its incarnation died before it could report: the operator never got a confirmation,
      // so the action is void.
      this.audit('outcome-resolved', reply.requestId, 'not-executed');
      this.voided.add(reply.requestId);
      return;
    }
    super.onKernel(reply);
  }

  protected override onClient(client: Address, message: ClientMessage): void {
    if (message.kind === 'outcome-query' && this.voided.has(message.requestId)) {
      this.port.send(client, answer(message.requestId, 'not-executed', 'kernel-decision', null, VOIDED));
      return;
    }
    super.onClient(client, message);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-voids-ack-of-crashed-incarnation',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new VoidingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
