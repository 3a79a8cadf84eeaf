// Violates 4.2 (a mutating action executes only once the operator confirms it — the
// action confirmed must be the action executed) and 1 ("MUST NOT create ambiguity about
// what has or has not executed"). Interplay bug: the control plane builds each challenge
// message from a reused "last challenge" buffer and fills the operation from the previous
// challenge it issued (it stores and dispatches the right one); the client shows the
// operator the challenge's operation, as it must.
// Shows: from the 2nd challenge of a control-plane incarnation on, the operator is shown,
// and confirms, the previous request's operation; the kernel executes the real one.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, Operation } from '../../src/protocol.ts';

function createControlPlane(port: Port, config: Parameters<SystemUnderTest['createControlPlane']>[1]) {
  let previous: Operation | null = null; // MUTANT: the reused buffer
  const wrapped: Port = Object.create(port) as Port;
  wrapped.send = (to: number, message: Message): void => {
    if (message.kind === 'challenge') {
      const shown = previous ?? message.operation;
      previous = message.operation;
      port.send(to, { ...message, operation: shown });
      return;
    }
    port.send(to, message);
  };
  return new ControlPlane(wrapped, config);
}

const sut: SystemUnderTest = {
  name: 'cp-challenge-echoes-previous-operation',
  createClient: reference.createClient,
  createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
