// MUTANT cp-query-guess-inflight
// Violates spec 4.3: "The execution outcome MUST be determined from kernel state" / "The
// control plane MUST NOT guess" (and 5.2 "No assumptions are allowed"). When an outcome query
// arrives for a request whose own dispatch this incarnation sent and the kernel has not yet
// answered (no decision, no timeout yet), the control plane concludes "the kernel has not
// acknowledged it, so it has not executed" and answers "not-executed" at once, without the
// fenced query — while the dispatch may still execute.
// Shows only when: the operator asks for the outcome while the dispatch is still in flight
// (client response timeout shorter than a slow kernel round trip, or an early ask-outcome),
// and the dispatch then executes at the kernel.

import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { Actor, Address, ControlPlaneConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message } from '../../src/protocol.ts';

export const info = {
  clause: '4.3 (5.2)',
  sentence: 'The execution outcome MUST be determined from kernel state. The control plane MUST NOT guess.',
  needs: 'an outcome query reaching the control plane while its dispatch of the same request is unanswered, and that dispatch then executing',
};

class GuessingControlPlane implements Actor {
  private readonly inner: ControlPlane;
  /** request ids dispatched by this incarnation and not yet answered by the kernel */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly port: Port,
    private readonly config: ControlPlaneConfig,
  ) {
    const self = this;
    const proxy: Port = {
      send(to, message) {
        port.send(to, message);
        if (message.kind === 'dispatch') self.inFlight.add(message.requestId);
      },
      setTimer: (d, n) => port.setTimer(d, n),
      cancelTimer: (id) => port.cancelTimer(id),
      now: () => port.now(),
      append: (r) => port.append(r),
      sync: () => port.sync(),
      records: () => port.records(),
      drawId: () => port.drawId(),
      display: (o) => port.display(o),
    };
    this.inner = new ControlPlane(proxy, config);
  }

  onStart(): void {
    this.inner.onStart();
  }

  onMessage(from: Address, message: Message): void {
    if (from === this.config.kernel) {
      this.inFlight.delete(message.requestId);
    } else if (message.kind === 'outcome-query' && this.inFlight.has(message.requestId)) {
      // BUG: "no acknowledgement yet, so it has not executed"
      this.port.send(from, {
        kind: 'answer',
        requestId: message.requestId,
        outcome: 'not-executed',
        source: 'kernel-query',
        rejection: null,
        text: 'not executed',
      });
      return;
    }
    this.inner.onMessage(from, message);
  }

  onTimer(name: string): void {
    this.inFlight.delete(name);
    this.inner.onTimer(name);
  }
}

const sut: SystemUnderTest = {
  name: 'cp-query-guess-inflight',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new GuessingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
