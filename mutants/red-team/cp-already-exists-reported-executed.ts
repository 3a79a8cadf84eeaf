// MUTANT (red-team b) — spec 7.1 "The control plane MUST NOT reinterpret or retry".
//
// The bug: "idempotent creates". When the kernel rejects a create-collection, create-index or
// create-snapshot because the thing already exists, the control plane reinterprets the rejection
// as success — "the operator wanted it to exist, and it does" — and answers "executed", with no
// rejection and no kernel-rejection audit record.
//
// Reachable without any fault (operators race on the same names), and more so on failure paths:
// after an "unknown" the operator reissues a create that had in fact executed, and the reissue is
// reported "executed" although the kernel rejected it. The operator is told their request executed
// when the kernel decided it did not.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage, KernelReply, OperationKind } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '7.1',
  sentence: 'The control plane MUST NOT reinterpret or retry',
  failurePathOnly: false,
  description:
    'kernel rejections COLLECTION_EXISTS / INDEX_EXISTS / SNAPSHOT_EXISTS of a create are reinterpreted as success and answered "executed" ("idempotent create")',
};

const ALREADY_EXISTS: Readonly<Record<string, OperationKind>> = {
  COLLECTION_EXISTS: 'create-collection',
  INDEX_EXISTS: 'create-index',
  SNAPSHOT_EXISTS: 'create-snapshot',
};

class IdempotentCreateControlPlane extends ControlPlane {
  private readonly kinds = new Map<string, OperationKind>();

  protected override onClient(client: Address, message: ClientMessage): void {
    if (message.kind === 'confirm') {
      const challenge = this.challenges.get(message.token);
      if (challenge !== undefined && challenge.requestId === message.requestId) {
        this.kinds.set(message.requestId, challenge.operation.kind);
      }
    }
    super.onClient(client, message);
  }

  protected override onKernel(reply: KernelReply): void {
    if (reply.kind === 'decision' && reply.decision.kind === 'REJECT') {
      const wanted = ALREADY_EXISTS[reply.decision.rejection.code];
      if (wanted !== undefined && this.kinds.get(reply.requestId) === wanted) {
        // The operator wanted it to exist, and it does: the create is idempotent.
        this.report(reply.requestId, { kind: 'EXEC' }, 'kernel-decision', null);
        return;
      }
    }
    super.onKernel(reply);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-already-exists-reported-executed',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new IdempotentCreateControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
