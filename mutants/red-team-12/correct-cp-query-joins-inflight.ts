// CORRECT ALTERNATIVE: when an operator asks about a request whose dispatch this
// control-plane incarnation sent and is still waiting on (its kernel timer running), the
// control plane does not send a second kernel request (a fenced query): it adds the asker
// to the clients waiting for that dispatch's reply, and answers everyone with the kernel's
// decision (or DUPLICATE) when it arrives — or "no reply from the kernel — outcome unknown"
// when the dispatch's timer fires. The outcome is still determined from kernel state (4.3):
// it is the kernel's reply; nothing is guessed (unknown stays unknown), nothing retried.
// Questions about anything else (not in flight here) go to the kernel as a fenced query,
// as in the reference.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { SystemUnderTest } from '../../src/ports.ts';

class JoiningControlPlane extends ControlPlane {
  onMessage(from: number, message: any): void {
    const self = this as any;
    if (
      from !== self.config.kernel &&
      message.kind === 'outcome-query' &&
      self.dispatched.has(message.requestId) &&
      self.timers.has(message.requestId) &&
      self.waiting.has(message.requestId)
    ) {
      self.wait(message.requestId, from);
      return;
    }
    super.onMessage(from, message);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-correct-cp-query-joins-inflight',
  createControlPlane: (port, config) => new JoiningControlPlane(port, config),
};
export default sut;
