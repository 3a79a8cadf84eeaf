// MUTANT red6-kernel-reject-after-create
// Clause: 12 Testing Requirements (and 7.1). Sentence: "No partial execution".
// Bug: the kernel creates the collection first and only then adds indexes one by one,
// checking the limit as it goes; past INDEX_LIMIT it stops and answers REJECT INDEX_LIMIT
// but leaves the collection it already created (with the indexes that fit) in memory. The
// log says REJECT, so the half-made collection lives until the kernel's next restart.
// Shows only when: a create-collection with 7 or 8 indexes reaches the kernel.

import { INDEX_LIMIT, KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import { reference } from '../../src/index.ts';
import type { Decision, KernelRecord, Message, Operation, Rejection, StateView } from '../../src/protocol.ts';

export const info = {
  clause: '12',
  sentence: 'No partial execution',
  needs: 'a create-collection with more indexes than the kernel holds',
};



const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

export class Kernel implements KernelActor {
  private readonly state = new KernelState();
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
        const op = message.operation;
        if (rejection !== null && rejection.code === 'INDEX_LIMIT' && op.kind === 'create-collection' && !this.state.collections.has(op.name)) {
          this.state.collections.set(op.name, op.indexes.slice(0, INDEX_LIMIT));
        }
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
  name: 'red6-kernel-reject-after-create',
  createKernel,
};
export default sut;
