// MUTANT (red-team b) — spec 5.2 "Kernel state is authoritative".
//
// The bug (kernel): fenced outcome queries are answered from a query index the kernel builds when
// it starts (a scan of its log) and updates when it fences — but the dispatch path never updates
// it. A request executed (or rejected) since the kernel's last start is unknown to the index, so a
// query about it fences it and answers "not executed", although the kernel's own state has it.
//
// Reachable when: a dispatch's decision does not reach the operator (reply lost or late, control
// plane crashed or timed out), the operator asks for the outcome, and the kernel has not restarted
// since deciding. The operator is told "not executed" for an executed request and reissues it.
// After a kernel restart the index is right again. With nothing failing, outcome queries only
// concern requests nobody decided: behaviour is the reference's.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, Message } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { FENCED, Kernel } from './b-lib/kernel.ts';

export const info = {
  clause: '5.2',
  sentence: 'Kernel state is authoritative',
  failurePathOnly: true,
  description:
    'the kernel answers fenced queries from an index built at start and updated only by fences, so a request decided since the last kernel start is reported (and fenced) "not executed"',
};

class IndexedQueryKernel extends Kernel {
  private readonly queryIndex = new Map<string, Decision>();

  override onStart(): void {
    super.onStart();
    for (const [requestId, decision] of this.decisions) this.queryIndex.set(requestId, decision);
  }

  override onMessage(from: Address, message: Message): void {
    if (message.kind !== 'fenced-query') {
      super.onMessage(from, message);
      return;
    }
    let first = this.queryIndex.get(message.requestId);
    if (first === undefined) {
      this.decideDurably({ kind: 'FENCE', requestId: message.requestId });
      first = FENCED;
      this.queryIndex.set(message.requestId, first);
    }
    this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first });
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/kernel-outcome-query-uses-startup-index',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new IndexedQueryKernel(port, config),
};
export default sut;
