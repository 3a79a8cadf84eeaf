// MUTANT (red-team b) — spec 5.2 "No assumptions are allowed".
//
// The bug: the control plane journals every dispatch it hands to the network ("dispatched") and
// every kernel reply it gets about it ("decided"). After a restart, an operator's outcome query
// about a request that an earlier incarnation dispatched but never heard back about is answered
// "executed" straight from the journal, without a fenced query: "we handed it to the kernel, and
// the kernel is durable, so it went through".
//
// Reachable when: the control plane crashes while a dispatch is in flight (after the send, before
// the decision comes back), and the operator — who saw "no response — outcome unknown" — asks for
// the outcome after the restart. If the dispatch was lost, is still delayed, or the kernel crashed
// before syncing, the kernel did not execute it, yet the operator is told "executed" (and the
// delayed dispatch is not fenced either). With nothing failing, there is never a restart, so the
// journal is never consulted: behaviour is the reference's.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage, KernelReply } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';
import { journal, readJournal } from './b-lib/journal.ts';

export const info = {
  clause: '5.2',
  sentence: 'No assumptions are allowed',
  failurePathOnly: true,
  description:
    'after a restart, an outcome query about a request an earlier incarnation dispatched (journaled) but never got a reply for is answered "executed" from the journal instead of a fenced kernel query',
};

class AssumingControlPlane extends ControlPlane {
  /** dispatched by an earlier incarnation, with no kernel reply journaled */
  private readonly handedOver = new Set<string>();

  override onStart(): void {
    super.onStart();
    for (const entry of readJournal(this.port)) {
      const requestId = entry['requestId'] as string;
      if (entry.t === 'dispatched') this.handedOver.add(requestId);
      else if (entry.t === 'decided') this.handedOver.delete(requestId);
    }
  }

  protected override onClient(client: Address, message: ClientMessage): void {
    if (message.kind === 'outcome-query' && this.handedOver.has(message.requestId) && !this.dispatched.has(message.requestId)) {
      // The kernel has it: we handed it over before the restart and the kernel is durable.
      this.wait(message.requestId, client);
      this.report(message.requestId, { kind: 'EXEC' }, 'kernel-query', 'outcome-resolved');
      return;
    }
    const dispatching =
      message.kind === 'confirm' &&
      this.challenges.get(message.token)?.requestId === message.requestId;
    super.onClient(client, message);
    if (dispatching) journal(this.port, { t: 'dispatched', requestId: message.requestId });
  }

  protected override onKernel(reply: KernelReply): void {
    if (reply.kind !== 'state') {
      journal(this.port, { t: 'decided', requestId: reply.requestId });
      this.handedOver.delete(reply.requestId);
    }
    super.onKernel(reply);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-assumes-handed-over-dispatch-executed',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new AssumingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
