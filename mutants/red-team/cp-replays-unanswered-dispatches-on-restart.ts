// MUTANT (red-team b) — spec 5.3 "The control plane does not attempt replay."
//
// The bug: the control plane journals each dispatch once it has left ("dispatched", with the
// operation) and marks it "answered" when a kernel reply about it has been handled. On start it
// re-sends every dispatch the journal shows without an answer, reasoning: "the kernel dedups by
// request id, so a replay is harmless, and its DUPLICATE tells us the outcome for the audit log".
// Timed-out dispatches are never marked answered, so they are replayed too.
//
// Reachable when: the control plane crashes after a dispatch left (in particular after the kernel
// acknowledged it but before the answer was handled), or a dispatch timed out and the control
// plane later restarts. The kernel receives a dispatch that no confirm of the new incarnation
// caused; and if the original dispatch was lost, the replay executes a request the operator was
// told had an unknown outcome. With nothing failing, every dispatch is answered and there is no
// restart: behaviour is the reference's.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage, KernelReply, Operation } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';
import { journal, readJournal } from './b-lib/journal.ts';

export const info = {
  clause: '5.3',
  sentence: 'The control plane does not attempt replay.',
  failurePathOnly: true,
  description:
    'on restart, dispatches journaled as sent but not answered (including timed-out ones) are re-sent to the kernel "to learn their outcome"',
};

class ReplayingControlPlane extends ControlPlane {
  override onStart(): void {
    super.onStart();
    const unanswered = new Map<string, Operation>();
    for (const entry of readJournal(this.port)) {
      const requestId = entry['requestId'] as string;
      if (entry.t === 'dispatched') unanswered.set(requestId, entry['operation'] as Operation);
      else if (entry.t === 'answered') unanswered.delete(requestId);
    }
    for (const [requestId, operation] of unanswered) {
      this.dispatched.add(requestId);
      this.port.send(this.config.kernel, { kind: 'dispatch', requestId, operation });
      this.startKernelTimer(requestId);
    }
  }

  protected override onClient(client: Address, message: ClientMessage): void {
    const challenge = message.kind === 'confirm' ? this.challenges.get(message.token) : undefined;
    const dispatching = challenge !== undefined && challenge.requestId === message.requestId;
    super.onClient(client, message);
    if (dispatching) journal(this.port, { t: 'dispatched', requestId: message.requestId, operation: challenge.operation });
  }

  protected override onKernel(reply: KernelReply): void {
    super.onKernel(reply);
    if (reply.kind === 'decision' || reply.kind === 'duplicate' || reply.kind === 'query-answer') {
      journal(this.port, { t: 'answered', requestId: reply.requestId });
    }
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-replays-unanswered-dispatches-on-restart',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new ReplayingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
