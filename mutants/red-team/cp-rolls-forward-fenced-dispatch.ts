// MUTANT (red-team b) — spec 11 "Phase 7 MUST NOT: Attempt roll-forward".
//
// The bug: when the kernel answers a dispatch with DUPLICATE naming a FENCE — the operator's
// confirmed dispatch arrived after an outcome query had fenced it — the control plane decides the
// fence was "only a query artefact" and pushes the confirmed operation through under a fresh
// request id, since the operator did confirm it.
//
// Reachable when: a dispatch is delayed past the kernel timeout (network delay, partition, slow
// kernel), the operator sees "unknown", asks for the outcome — the fenced query overtakes the
// dispatch and the operator is told "not executed" — and then the dispatch arrives. The fenced
// request is completed anyway: the kernel executes an operation the operator was told did not
// execute (and the operator's own re-issue runs it a second time). With nothing failing, no
// dispatch is ever fenced.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage, KernelReply, Operation } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '11',
  sentence: 'Attempt roll-forward',
  failurePathOnly: true,
  description:
    'a confirmed dispatch that the kernel reports as a DUPLICATE of a FENCE is re-dispatched under a fresh request id to complete it',
};

class RollForwardControlPlane extends ControlPlane {
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
    super.onKernel(reply);
    if (reply.kind !== 'duplicate' || reply.first.kind !== 'FENCE') return;
    const operation = this.operations.get(reply.requestId);
    if (operation === undefined) return;
    this.operations.delete(reply.requestId);
    // The operator confirmed it; the fence only reflects a query race. Complete it.
    const requestId = this.port.drawId();
    this.dispatched.add(requestId);
    this.port.send(this.config.kernel, { kind: 'dispatch', requestId, operation });
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-rolls-forward-fenced-dispatch',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new RollForwardControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
