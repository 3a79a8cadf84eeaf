// MUTANT (red-team b) — spec 7.1 "Kernel rejection is final."
//
// The bug (kernel): a rejection is logged but not remembered as the request's decision — "a
// rejected request changed nothing, so there is nothing to deduplicate; if it is sent again it may
// well apply now". Only executions and fences enter the decision table (at run time and when the
// log is replayed on start).
//
// Reachable when: a copy of a rejected dispatch reaches the kernel later — a network duplicate, a
// delayed copy, a replaying control plane — after the state changed so that the operation now
// applies (the missing collection was created meanwhile, an index was dropped...). The copy is
// executed: the request the operator was told was rejected executes after all. A fenced query
// about a rejected request also loses the rejection (it fences it instead). With nothing failing,
// no dispatch is seen twice and nobody queries a rejected request: behaviour is the reference's.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { KernelRecord, Message } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { Kernel } from './b-lib/kernel.ts';

export const info = {
  clause: '7.1',
  sentence: 'Kernel rejection is final.',
  failurePathOnly: true,
  description:
    'the kernel logs REJECT records but does not keep them in its decision table, so a later copy of a rejected dispatch is decided again and may execute',
};

class ForgetsRejectionsKernel extends Kernel {
  override onMessage(from: Address, message: Message): void {
    if (message.kind !== 'dispatch' || this.decisions.has(message.requestId)) {
      super.onMessage(from, message);
      return;
    }
    const rejection = this.state.decide(message.operation);
    if (rejection === null) {
      super.onMessage(from, message);
      return;
    }
    this.port.append({ kind: 'REJECT', requestId: message.requestId, rejection });
    this.port.sync();
    this.port.send(from, { kind: 'decision', requestId: message.requestId, decision: { kind: 'REJECT', rejection } });
  }

  protected override replay(record: KernelRecord): void {
    if (record.kind === 'REJECT') return; // nothing changed: nothing to remember
    super.replay(record);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/kernel-forgets-rejections',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new ForgetsRejectionsKernel(port, config),
};
export default sut;
