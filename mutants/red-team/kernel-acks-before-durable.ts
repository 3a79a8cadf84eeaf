// MUTANT (red-team b) — spec 7.2 "The control plane MUST treat the request as **not executed**
// unless kernel durability proves otherwise".
//
// The bug (kernel): a latency "optimisation" — the kernel decides, replies to the control plane,
// and only then appends and syncs the decision record ("the sync is on the hot path; reply first,
// persist right after"). The reference syncs before any reply that reports a decision.
//
// Reachable when: the kernel crashes between its reply and the end of the sync (a crash at the
// append or at the sync, or a disk that loses the unsynced record). The control plane has been
// told EXEC and reports "executed" to the operator, but after the restart the kernel has no
// record: the state lacks the change, a fenced query answers "not executed" and fences it. The
// operator was told "executed" for a request that kernel durability says did not execute. With
// nothing failing, the record is synced a moment after the reply: same state, same answers.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { Kernel } from './b-lib/kernel.ts';

export const info = {
  clause: '7.2',
  sentence: 'The control plane MUST treat the request as **not executed** unless kernel durability proves otherwise',
  // false since the oracle checks each kernel reply against the synced log when it is sent
  failurePathOnly: false,
  description:
    'the kernel replies with its decision before appending and syncing the decision record, so a kernel crash right after the reply leaves an acknowledged execution that is not durable',
};

class EagerAckKernel extends Kernel {
  override onMessage(from: Address, message: Message): void {
    if (message.kind !== 'dispatch' || this.decisions.has(message.requestId)) {
      super.onMessage(from, message);
      return;
    }
    const rejection = this.state.decide(message.operation);
    const record: KernelRecord =
      rejection === null
        ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
        : { kind: 'REJECT', requestId: message.requestId, rejection };
    const decision: Decision = rejection === null ? { kind: 'EXEC' } : { kind: 'REJECT', rejection };
    this.port.send(from, { kind: 'decision', requestId: message.requestId, decision });
    this.decideDurably(record);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/kernel-acks-before-durable',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new EagerAckKernel(port, config),
};
export default sut;
