// MUTANT (red-team b) — spec 7.1 "The control plane MUST NOT reinterpret or retry".
//
// The bug: the control plane treats NO_SUCH_COLLECTION as possibly transient — "another operator
// may be creating that collection right now" — and retries the operation once, a short while
// later, under a fresh request id; the operator gets the retry's outcome under the original
// request id. The reference reports the kernel's rejection as final.
//
// Reachable without any fault (any create-index / drop / rename on a missing collection), and
// visibly harmful when a concurrent create lands in between: the retry executes, and the operator
// is told "executed" for a request the kernel had rejected (the kernel log shows the rejection
// plus an execution under an id no operator ever saw). On failure paths the hidden retry also
// runs after the operator's own reissue.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage, KernelReply, Operation } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '7.1',
  sentence: 'The control plane MUST NOT reinterpret or retry',
  failurePathOnly: false,
  description:
    'a kernel NO_SUCH_COLLECTION rejection is retried once after a short delay under a fresh request id, and the retry\'s outcome is reported for the original request',
};

const RETRY_TIMER = 'retry:';

class RetryingControlPlane extends ControlPlane {
  private readonly operations = new Map<string, Operation>();
  /** retry request id → original request id */
  private readonly retryOf = new Map<string, string>();
  private readonly retried = new Set<string>();

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
    const original = this.retryOf.get(reply.requestId);
    if (original !== undefined) {
      // the retry's outcome is the original request's outcome
      this.retryOf.delete(reply.requestId);
      super.onKernel({ ...reply, requestId: original } as KernelReply);
      return;
    }
    if (
      reply.kind === 'decision' &&
      reply.decision.kind === 'REJECT' &&
      reply.decision.rejection.code === 'NO_SUCH_COLLECTION' &&
      this.operations.has(reply.requestId) &&
      !this.retried.has(reply.requestId)
    ) {
      // Possibly transient: a concurrent create may be in flight. Retry once, shortly.
      this.retried.add(reply.requestId);
      this.stopKernelTimer(reply.requestId);
      this.port.setTimer(Math.max(1, Math.floor(this.config.kernelTimeoutMs / 2)), RETRY_TIMER + reply.requestId);
      return;
    }
    super.onKernel(reply);
  }

  override onTimer(name: string): void {
    if (!name.startsWith(RETRY_TIMER)) {
      super.onTimer(name);
      return;
    }
    const requestId = name.slice(RETRY_TIMER.length);
    const operation = this.operations.get(requestId);
    if (operation === undefined) return;
    const retryId = this.port.drawId();
    this.retryOf.set(retryId, requestId);
    this.port.send(this.config.kernel, { kind: 'dispatch', requestId: retryId, operation });
    this.startKernelTimer(requestId);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-retries-missing-collection-rejection',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new RetryingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
