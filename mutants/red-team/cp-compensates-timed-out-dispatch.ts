// MUTANT (red-team b) — spec 11 "Phase 7 MUST NOT: Attempt rollback".
//
// The bug: a literal reading of "when the control plane fails, the system must remain unchanged".
// When a dispatch times out, the control plane answers "unknown" as the reference does, then asks
// the kernel to compensate — undo — the operation in case it did execute: drop a created
// collection or index, re-create a dropped index, rename back. (It cannot undo set-config,
// create-snapshot or drop-collection, so it skips those.)
//
// Reachable when: a dispatch of an undoable operation times out (lost or delayed dispatch or reply,
// kernel crashed, slow or partitioned). The kernel receives a compensating change no operator
// confirmed, for a request whose outcome nobody knows. With nothing failing, no dispatch times
// out and no compensation is sent.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage, KernelReply, Operation } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '11',
  sentence: 'Attempt rollback',
  failurePathOnly: true,
  description:
    'on a kernel timeout the control plane sends a compensate request with the inverse operation (drop what was created, rename back...) to roll the possibly-executed request back',
};

function inverse(operation: Operation): Operation | null {
  switch (operation.kind) {
    case 'create-collection':
      return { kind: 'drop-collection', name: operation.name };
    case 'rename-collection':
      return { kind: 'rename-collection', from: operation.to, to: operation.from };
    case 'create-index':
      return { kind: 'drop-index', collection: operation.collection, field: operation.field };
    case 'drop-index':
      return { kind: 'create-index', collection: operation.collection, field: operation.field };
    default:
      return null; // not undoable without the old state
  }
}

class CompensatingControlPlane extends ControlPlane {
  private readonly operations = new Map<string, Operation>();

  protected override onClient(client: Address, message: ClientMessage): void {
    if (message.kind === 'confirm') {
      const challenge = this.challenges.get(message.token);
      if (challenge !== undefined && challenge.requestId === message.requestId) {
        this.operations.set(message.requestId, challenge.operation);
      }
    }
    super.onClient(client, message);
  }

  protected override onKernel(reply: KernelReply): void {
    if (reply.kind === 'decision' || reply.kind === 'duplicate') this.operations.delete(reply.requestId); // answered
    super.onKernel(reply);
  }

  override onTimer(name: string): void {
    const timedOut = this.timers.has(name);
    super.onTimer(name);
    const operation = this.operations.get(name);
    if (!timedOut || operation === undefined) return;
    this.operations.delete(name);
    const undo = inverse(operation);
    if (undo !== null) this.port.send(this.config.kernel, { kind: 'compensate', requestId: name, operation: undo });
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-compensates-timed-out-dispatch',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CompensatingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
