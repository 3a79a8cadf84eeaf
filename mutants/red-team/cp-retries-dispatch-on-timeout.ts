// MUTANT (red-team b) — spec 10 "No retries are attempted".
//
// The bug: at-least-once dispatch. When the kernel does not answer a dispatch within the timeout,
// the control plane re-sends the same dispatch (same request id) once and waits another timeout
// before answering "unknown" — "the kernel deduplicates by request id, so a retry can only help".
// The operator is never told a retry happened.
//
// Reachable when: a dispatch is lost, or delayed past the timeout, or the kernel is down or
// partitioned while it is in flight. If the first dispatch never arrived, the hidden retry
// executes the request (and if it arrives later than an operator's outcome query, it is fenced:
// the answer depends on which copy wins). With nothing failing, every dispatch is answered within
// the timeout and no retry is sent.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage, KernelReply, Operation } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '10',
  sentence: 'No retries are attempted',
  failurePathOnly: true,
  description:
    'on a kernel timeout the control plane silently re-sends the same dispatch once and restarts the timer before answering "unknown"',
};

class RetryOnTimeoutControlPlane extends ControlPlane {
  private readonly operations = new Map<string, Operation>();
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
    if (reply.kind === 'decision' || reply.kind === 'duplicate') this.operations.delete(reply.requestId); // answered
    super.onKernel(reply);
  }

  override onTimer(name: string): void {
    const operation = this.operations.get(name);
    if (this.timers.has(name) && operation !== undefined && !this.retried.has(name)) {
      this.retried.add(name);
      this.port.send(this.config.kernel, { kind: 'dispatch', requestId: name, operation });
      this.startKernelTimer(name);
      return;
    }
    super.onTimer(name);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-retries-dispatch-on-timeout',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new RetryOnTimeoutControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
