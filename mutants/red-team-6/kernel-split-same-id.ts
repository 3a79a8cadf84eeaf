// MUTANT red6-kernel-split-same-id
// Clause: 12 Testing Requirements (and 10). Sentence: "No partial execution".
// Bug: create-collection is logged not as one EXEC record but as one record for the bare
// collection followed by one create-index record per index, all under the request's own
// id (replay applies every record of an id), each synced ("log it the way the storage layer executes it"). The request's decision is
// EXEC from the first record on, so a crash between records leaves a collection with only
// some of its indexes, durably, and every later answer about the request says "executed".
// Shows only when: the kernel crashes (or loses unsynced records) between the records of
// a create-collection with indexes -- index-limits crashes at port calls.

import { KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import { reference } from '../../src/index.ts';
import type { Decision, KernelRecord, Message, Operation, Rejection, StateView } from '../../src/protocol.ts';

export const info = {
  clause: '12',
  sentence: 'No partial execution',
  needs: 'a kernel crash in the middle of a create-collection with indexes',
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
        const record: KernelRecord =
          rejection === null
            ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
            : { kind: 'REJECT', requestId: message.requestId, rejection };
        if (record.kind === 'EXEC' && record.operation.kind === 'create-collection' && record.operation.indexes.length > 0) {
          const op = record.operation;
          this.decideDurably({ kind: 'EXEC', requestId: record.requestId, operation: { ...op, indexes: [] } });
          op.indexes.forEach((field) => {
            this.decideDurably({
              kind: 'EXEC',
              requestId: record.requestId,
              operation: { kind: 'create-index', collection: op.name, field },
            });
          });
        } else {
          this.decideDurably(record);
        }
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
    if (this.decisions.has(record.requestId)) {
      // the index records that follow a create-collection's EXEC under the same id
      if (record.kind === 'EXEC' && record.operation.kind === 'create-index') this.state.apply(record.operation);
      return;
    }
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
  name: 'red6-kernel-split-same-id',
  createKernel,
};
export default sut;
