// MUTANT red6-kernel-truncate-indexes
// Clause: 12 Testing Requirements (and 10). Sentence: "No partial execution".
// Bug: create-collection past the kernel's INDEX_LIMIT is not rejected: the kernel creates
// the collection with the first INDEX_LIMIT indexes, drops the rest, logs EXEC with the
// operation as requested and reports "executed". An engineer "being helpful" clamps to
// capacity instead of refusing.
// Shows only when: a create-collection with 7 or 8 indexes (the control plane accepts 8,
// the kernel holds 6) reaches the kernel -- index-limits makes these often.

import { INDEX_LIMIT, KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import { reference } from '../../src/index.ts';
import type { Decision, KernelRecord, Message, Operation, Rejection, StateView } from '../../src/protocol.ts';

export const info = {
  clause: '12',
  sentence: 'No partial execution',
  needs: 'a create-collection with more indexes than the kernel holds',
};

class ClampingState extends KernelState {
  override decide(operation: Operation): Rejection | null {
    if (operation.kind === 'create-collection' && operation.indexes.length > INDEX_LIMIT) {
      return super.decide({ ...operation, indexes: operation.indexes.slice(0, INDEX_LIMIT) });
    }
    return super.decide(operation);
  }
  override apply(operation: Operation): void {
    if (operation.kind === 'create-collection') {
      super.apply({ ...operation, indexes: operation.indexes.slice(0, INDEX_LIMIT) });
      return;
    }
    super.apply(operation);
  }
}

const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

export class Kernel implements KernelActor {
  private readonly state = new ClampingState();
  private readonly decisions = new Map<string, Decision>();

  constructor(
    private readonly port: Port,
    private readonly config: KernelConfig,
  ) {}

  onStart(): void {
    for (const record of this.port.records()) this.replay(record as KernelRecord);
  }

  onMessage(from: Address, message: Message): void {
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
        if (first !== undefined) {
          this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
          return;
        }
        const rejection = this.state.decide(message.operation);
        const record: KernelRecord =
          rejection === null
            ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
            : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.decideDurably(record);
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
        this.port.send(from, { kind: 'decision', requestId: message.requestId, decision });
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first === undefined) {
          this.decideDurably({ kind: 'FENCE', requestId: message.requestId });
          first = FENCED;
        }
        this.port.send(from, {
          kind: 'query-answer',
          requestId: message.requestId,
          executed: first.kind === 'EXEC',
          first,
        });
        return;
      }
      case 'read':
        this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.state.view() });
        return;
      default:
        return; // not addressed to a kernel: ignored
    }
  }

  onTimer(): void {}

  inspect(): StateView {
    return this.state.view();
  }

  /** Append, sync, and only then change memory: a crash before the sync leaves memory
   * unchanged (it is discarded) and the record at the mercy of the disk. */
  private decideDurably(record: KernelRecord): void {
    this.port.append(record);
    this.port.sync();
    this.replay(record);
  }

  private replay(record: KernelRecord): void {
    if (this.decisions.has(record.requestId)) return; // a log never holds two decisions for one id
    switch (record.kind) {
      case 'EXEC':
        this.state.apply(record.operation);
        this.decisions.set(record.requestId, EXECUTED);
        return;
      case 'REJECT':
        this.decisions.set(record.requestId, { kind: 'REJECT', rejection: record.rejection });
        return;
      case 'FENCE':
        this.decisions.set(record.requestId, FENCED);
        return;
    }
  }
}

function createKernel(port: Port, config: KernelConfig): KernelActor {
  return new Kernel(port, config);
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red6-kernel-truncate-indexes',
  createKernel,
};
export default sut;
