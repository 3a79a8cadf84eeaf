// MUTANT (red-team b) — spec 5.3 "Recovery MUST rely on kernel state only".
//
// The bug: the control plane keeps its own journal of what it dispatched and of every kernel
// decision it received, and after a restart answers outcome queries from that journal instead
// of a fenced kernel query ("the journal mirrors the kernel; a fenced query writes to the kernel,
// so avoid it"). A request the journal shows dispatched but never acknowledged is answered
// "not executed" ("the kernel never acknowledged it").
//
// Reachable when: the control plane crashes after the kernel acknowledged execution but before
// the acknowledgement was journaled (the reply was in flight, or the crash hit the journal's
// append/sync). After the restart, the operator who saw "no response" asks and is told
// "not executed" while the kernel durably executed it; a dispatch still in flight is not fenced
// either. With nothing failing, there is no restart and the journal is never read for answers.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage, Decision, KernelReply } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';
import { journal, readJournal } from './b-lib/journal.ts';

export const info = {
  clause: '5.3',
  sentence: 'Recovery MUST rely on kernel state only',
  failurePathOnly: true,
  description:
    'after a restart, outcome queries are answered from the control plane\'s own dispatch/ack journal (dispatched but unacknowledged = not-executed) instead of a fenced kernel query',
};

class JournalRecoveryControlPlane extends ControlPlane {
  /** what the journal says about requests from earlier incarnations: null = dispatched, no ack */
  private readonly recovered = new Map<string, Decision | null>();

  override onStart(): void {
    super.onStart();
    for (const entry of readJournal(this.port)) {
      const requestId = entry['requestId'] as string;
      if (entry.t === 'dispatched') {
        if (!this.recovered.has(requestId)) this.recovered.set(requestId, null);
      } else if (entry.t === 'acked') {
        this.recovered.set(requestId, entry['decision'] as Decision);
      }
    }
  }

  protected override onClient(client: Address, message: ClientMessage): void {
    if (message.kind === 'outcome-query' && this.recovered.has(message.requestId) && !this.dispatched.has(message.requestId)) {
      const decision = this.recovered.get(message.requestId) ?? { kind: 'FENCE' }; // never acknowledged
      this.wait(message.requestId, client);
      this.report(message.requestId, decision, 'kernel-query', 'outcome-resolved');
      return;
    }
    const dispatching =
      message.kind === 'confirm' &&
      this.challenges.get(message.token)?.requestId === message.requestId;
    super.onClient(client, message);
    if (dispatching) journal(this.port, { t: 'dispatched', requestId: message.requestId });
  }

  protected override onKernel(reply: KernelReply): void {
    if (reply.kind === 'decision') journal(this.port, { t: 'acked', requestId: reply.requestId, decision: reply.decision });
    else if (reply.kind === 'duplicate' || reply.kind === 'query-answer') {
      journal(this.port, { t: 'acked', requestId: reply.requestId, decision: reply.first });
    }
    super.onKernel(reply);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-recovers-outcomes-from-own-journal',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new JournalRecoveryControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
