// MUTANT (red-team b) — spec 5.2 "The request is treated as **not executed** unless kernel
// durability proves otherwise".
//
// The bug (kernel): fences are written lazily. A fenced query about an undecided request appends
// the FENCE record but does not sync it ("a fence is not a data change; the next decision's sync
// will carry it"), then answers "not executed" at once. Until some later decision syncs the log,
// the fence exists in memory only.
//
// Reachable when: the control plane crashes during a dispatch (or the dispatch is delayed), the
// operator asks for the outcome and is told "not executed", and the kernel crashes before its next
// sync, losing the fence; the delayed dispatch then arrives at the restarted kernel and executes.
// The "not executed" the operator received was never backed by the kernel's durable state, and
// durable state now says executed. With nothing failing, the kernel never crashes and the fence
// holds in memory: behaviour is the reference's.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { Message } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { FENCED, Kernel } from './b-lib/kernel.ts';

export const info = {
  clause: '5.2',
  sentence: 'The request is treated as **not executed** unless kernel durability proves otherwise',
  failurePathOnly: true,
  description:
    'the kernel appends the FENCE record of a fenced query without syncing it before answering "not executed", so a kernel crash can lose the fence and let a delayed dispatch execute',
};

class LazyFenceKernel extends Kernel {
  override onMessage(from: Address, message: Message): void {
    if (message.kind !== 'fenced-query' || this.decisions.has(message.requestId)) {
      super.onMessage(from, message);
      return;
    }
    const record = { kind: 'FENCE', requestId: message.requestId } as const;
    this.port.append(record); // synced with the next decision
    this.replay(record);
    this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: false, first: FENCED });
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/kernel-fence-not-synced',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new LazyFenceKernel(port, config),
};
export default sut;
