// MUTANT (red-team b) — spec 5.2 "Kernel state is authoritative".
//
// The bug: the control plane remembers the last kernel state it relayed, and when a read goes
// unanswered for the kernel timeout it serves that cached state to the observer ("better a
// slightly old view than nothing"), indistinguishable from a fresh one. The reference forwards
// only what the kernel answers and lets the client time out.
//
// Reachable when: a read or its reply is lost or delayed past the kernel timeout, or the kernel is
// down (crashed, partitioned) when the operator observes, after at least one earlier observe. Any
// request executed since that earlier read is missing from what the operator is shown, and a
// change that never reached the kernel cannot be told apart. With nothing failing, every read is
// answered well inside the timeout, the timer is cancelled and the cache is never served.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage, KernelReply, StateView } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '5.2',
  sentence: 'Kernel state is authoritative',
  failurePathOnly: true,
  description:
    'an observe whose kernel read times out is answered from the last state the control plane cached, presented as the kernel state',
};

const READ_TIMER = 'read-fallback:';

class CachingControlPlane extends ControlPlane {
  private lastState: StateView | null = null;
  private readonly readTimers = new Map<string, number>();

  protected override onClient(client: Address, message: ClientMessage): void {
    super.onClient(client, message);
    if (message.kind === 'observe') {
      const old = this.readTimers.get(message.requestId);
      if (old !== undefined) this.port.cancelTimer(old);
      this.readTimers.set(message.requestId, this.port.setTimer(this.config.kernelTimeoutMs, READ_TIMER + message.requestId));
    }
  }

  protected override onKernel(reply: KernelReply): void {
    if (reply.kind === 'state') {
      this.lastState = reply.state;
      const timer = this.readTimers.get(reply.requestId);
      if (timer !== undefined) {
        this.readTimers.delete(reply.requestId);
        this.port.cancelTimer(timer);
      }
    }
    super.onKernel(reply);
  }

  override onTimer(name: string): void {
    if (!name.startsWith(READ_TIMER)) {
      super.onTimer(name);
      return;
    }
    const requestId = name.slice(READ_TIMER.length);
    if (!this.readTimers.delete(requestId)) return;
    const state = this.lastState;
    if (state === null) return; // nothing cached: let the client time out, as before
    for (const client of this.takeWaiting(requestId)) this.port.send(client, { kind: 'observed', requestId, state });
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-observe-served-from-cached-state',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CachingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
