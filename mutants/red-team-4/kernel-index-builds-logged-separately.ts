// MUTANT kernel-index-builds-logged-separately
// Clause 10 (Recovery Rules): "No partial execution is completed" / 12: "Tests MUST assert: No
// partial execution" — here the kernel leaves one behind (clause 11: atomicity "belong[s] to
// the kernel only"; 7.2: a kernel failure during request handling)
//
// Bug: the kernel logs a create-collection's index builds as separate steps ("index builds
// are slow; each one gets its own log record so a crash does not redo the finished ones"):
// it decides the request and syncs its EXEC record (the whole operation, as before), creates
// the bare collection, then for each index appends and syncs an INTENT "index-built" record
// and adds the index, and only then replies. On restart, an EXEC create-collection creates the
// bare collection and the index-built records add the indexes that were logged. A crash
// between the EXEC and the last index record leaves the kernel with the request durably
// executed (EXEC in the log, "executed" to anyone who asks) and the collection missing some
// of its indexes: a partial execution that nobody completes.
//
// Shows only when: the kernel crashes (or loses unsynced records) after syncing the EXEC of a
// create-collection that has at least one index and before the last index-built record is
// synced.

import { reference } from '../../src/index.ts';
import { KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, Operation, StateView } from '../../src/protocol.ts';

export const info = {
  clause: '10',
  sentence: 'No partial execution is completed',
  needs: 'a kernel crash between the EXEC of a create-collection with indexes and its last index-built record',
};

const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

interface IndexBuilt {
  readonly built: string;
  readonly collection: string;
  readonly field: string;
}

class StepwiseIndexKernel implements KernelActor {
  private readonly state = new KernelState();
  private readonly decisions = new Map<string, Decision>();

  constructor(
    private readonly port: Port,
    private readonly config: KernelConfig,
  ) {}

  onStart(): void {
    for (const record of this.port.records()) {
      if (record.kind === 'INTENT') this.replayIndex(JSON.parse(record.data) as IndexBuilt);
      else this.replay(record as KernelRecord);
    }
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
        this.port.append(record);
        this.port.sync();
        this.replay(record);
        if (record.kind === 'EXEC' && message.operation.kind === 'create-collection') {
          // BUG: each index build is its own durable step
          for (const field of message.operation.indexes) {
            const step: IndexBuilt = { built: message.requestId, collection: message.operation.name, field };
            this.port.append({ kind: 'INTENT', data: JSON.stringify(step) });
            this.port.sync();
            this.replayIndex(step);
          }
        }
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
        this.port.send(from, { kind: 'decision', requestId: message.requestId, decision });
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first === undefined) {
          const record: KernelRecord = { kind: 'FENCE', requestId: message.requestId };
          this.port.append(record);
          this.port.sync();
          this.replay(record);
          first = FENCED;
        }
        this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first });
        return;
      }
      case 'read':
        this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.state.view() });
        return;
      default:
        return;
    }
  }

  onTimer(): void {}

  inspect(): StateView {
    return this.state.view();
  }

  private replay(record: KernelRecord): void {
    if (this.decisions.has(record.requestId)) return;
    switch (record.kind) {
      case 'EXEC':
        // a create-collection's indexes come from their own index-built records
        this.state.apply(bare(record.operation));
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

  private replayIndex(step: IndexBuilt): void {
    const indexes = this.state.collections.get(step.collection);
    if (indexes !== undefined && !indexes.includes(step.field)) indexes.push(step.field);
  }
}

function bare(operation: Operation): Operation {
  return operation.kind === 'create-collection' ? { ...operation, indexes: [] } : operation;
}

const sut: SystemUnderTest = {
  name: 'kernel-index-builds-logged-separately',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new StepwiseIndexKernel(port, config),
};
export default sut;
