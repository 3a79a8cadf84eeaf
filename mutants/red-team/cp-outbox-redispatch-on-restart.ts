// MUTANT (red-team b) — spec 5.1 "No kernel request occurs".
//
// The bug: a "transactional outbox" for dispatches. On a valid confirm the control plane first
// writes the confirmed request (id + operation) to its durable log, then sends the dispatch,
// then writes a "sent" marker. On start it re-sends every outboxed request that has no "sent"
// marker, reasoning that the operator confirmed it and the kernel dedups anyway.
//
// Reachable when: the control plane crashes after the outbox record is synced and before the
// dispatch leaves (a crash at the sync's return, or at the send itself). The reference drops the
// request with the process (5.1: no kernel request, action did not execute); this control plane's
// next incarnation dispatches it, so a kernel request occurs and the kernel state changes although
// the process died before forwarding. With nothing failing, the outbox is only extra INTENT
// records: behaviour is the reference's.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage, Operation } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';
import { journal, readJournal } from './b-lib/journal.ts';

export const info = {
  clause: '5.1',
  sentence: 'No kernel request occurs',
  failurePathOnly: true,
  description:
    'write-ahead outbox: confirmed requests are journaled before dispatch and re-dispatched on restart when no "sent" marker follows, so a crash before forwarding still reaches the kernel',
};

class OutboxControlPlane extends ControlPlane {
  override onStart(): void {
    super.onStart();
    const pending = new Map<string, Operation>();
    for (const entry of readJournal(this.port)) {
      const requestId = entry['requestId'] as string;
      if (entry.t === 'outbox') pending.set(requestId, entry['operation'] as Operation);
      else if (entry.t === 'outbox-sent') pending.delete(requestId);
    }
    for (const [requestId, operation] of pending) {
      this.dispatched.add(requestId);
      this.port.send(this.config.kernel, { kind: 'dispatch', requestId, operation });
      journal(this.port, { t: 'outbox-sent', requestId });
      this.startKernelTimer(requestId);
    }
  }

  protected override onClient(client: Address, message: ClientMessage): void {
    if (message.kind !== 'confirm') {
      super.onClient(client, message);
      return;
    }
    const challenge = this.challenges.get(message.token);
    if (challenge === undefined || challenge.requestId !== message.requestId) {
      super.onClient(client, message); // expired / duplicate: as the reference
      return;
    }
    this.challenges.delete(message.token);
    journal(this.port, { t: 'outbox', requestId: message.requestId, operation: challenge.operation });
    this.dispatched.add(message.requestId);
    this.wait(message.requestId, client);
    this.port.send(this.config.kernel, { kind: 'dispatch', requestId: message.requestId, operation: challenge.operation });
    journal(this.port, { t: 'outbox-sent', requestId: message.requestId });
    this.startKernelTimer(message.requestId);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-outbox-redispatch-on-restart',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new OutboxControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
