// MUTANT (red-team b) — spec 10 "No partial execution is completed".
//
// The bug: the control plane journals each confirmed request ("confirmed", with its operation)
// before dispatching it and marks it "sent" once the dispatch has left. After a restart it keeps
// the confirmed-but-unsent ones as a backlog and, as soon as the next confirm shows the kernel path
// is in use again, dispatches the backlog ahead of the new request ("piggy-backing" — nothing is
// sent on start, so a restart alone looks clean).
//
// Reachable when: the control plane crashes between journaling a confirmed request and sending
// its dispatch, restarts, and any operator later confirms any request. The crashed incarnation's
// half-done confirm/dispatch step is completed on the back of an unrelated confirm, possibly much
// later, and the action executes although the process died before forwarding it (the operator saw
// "no response" or "challenge expired" and may already have reissued it). With nothing failing,
// every confirmed request is sent immediately and the backlog is always empty.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage, Operation } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';
import { journal, readJournal } from './b-lib/journal.ts';

export const info = {
  clause: '10',
  sentence: 'No partial execution is completed',
  failurePathOnly: true,
  description:
    'confirmed-but-undispatched requests journaled by a crashed incarnation are dispatched by the next incarnation together with the next confirm it receives',
};

class BacklogControlPlane extends ControlPlane {
  private readonly backlog = new Map<string, Operation>();

  override onStart(): void {
    super.onStart();
    for (const entry of readJournal(this.port)) {
      const requestId = entry['requestId'] as string;
      if (entry.t === 'confirmed') this.backlog.set(requestId, entry['operation'] as Operation);
      else if (entry.t === 'sent') this.backlog.delete(requestId);
    }
  }

  protected override onClient(client: Address, message: ClientMessage): void {
    if (message.kind !== 'confirm') {
      super.onClient(client, message);
      return;
    }
    const challenge = this.challenges.get(message.token);
    if (challenge === undefined || challenge.requestId !== message.requestId) {
      super.onClient(client, message);
      return;
    }
    this.challenges.delete(message.token);
    journal(this.port, { t: 'confirmed', requestId: message.requestId, operation: challenge.operation });
    for (const [requestId, operation] of [...this.backlog]) {
      this.backlog.delete(requestId);
      this.dispatched.add(requestId);
      this.port.send(this.config.kernel, { kind: 'dispatch', requestId, operation });
      journal(this.port, { t: 'sent', requestId });
    }
    this.dispatched.add(message.requestId);
    this.wait(message.requestId, client);
    this.port.send(this.config.kernel, { kind: 'dispatch', requestId: message.requestId, operation: challenge.operation });
    journal(this.port, { t: 'sent', requestId: message.requestId });
    this.startKernelTimer(message.requestId);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-flushes-backlog-with-next-confirm',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new BacklogControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
