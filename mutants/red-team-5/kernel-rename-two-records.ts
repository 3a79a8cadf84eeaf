// MUTANT red5-kernel-rename-two-records
// Clause 12: "Tests MUST assert: No partial execution" (7.2 atomicity of a kernel action)
// The bug: the storage engine has no rename, so the kernel logs a rename as two EXEC
// records under the request id — drop the old name, create the new one with its indexes —
// appended one after the other and synced together, and rebuilds state from every EXEC
// record. Without a crash it is exactly a rename. A crash that loses only the newest
// unsynced record (the create) leaves, after restart, the old collection dropped and the
// new one missing: a partial execution, durable in the log.
// Shows only when: the kernel crashes at the sync of a rename and the disk loses exactly
// the last unsynced record (a suffix of one of two).

import { reference } from '../../src/index.ts';
import type { SystemUnderTest } from '../../src/ports.ts';
import { KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

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
    this.replayAll();
  }

  /** Rebuilds from the log: every EXEC record applies (a rename is two of them). */
  private replayAll(): void {
    this.state.collections.clear();
    this.state.config.clear();
    this.state.snapshots.clear();
    this.decisions.clear();
    for (const record of this.port.records()) {
      const r = record as KernelRecord;
      if (r.kind === 'EXEC' && this.decisions.get(r.requestId)?.kind === 'EXEC') {
        this.state.apply(r.operation); // second half of a rename
        continue;
      }
      this.replay(r);
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
        if (rejection === null && message.operation.kind === 'rename-collection') {
          // the storage engine has no rename: drop + create, one record each
          const op = message.operation;
          const indexes = this.state.view().collections.find((c) => c.name === op.from)?.indexes ?? [];
          this.port.append({ kind: 'EXEC', requestId: message.requestId, operation: { kind: 'drop-collection', name: op.from } });
          this.port.append({ kind: 'EXEC', requestId: message.requestId, operation: { kind: 'create-collection', name: op.to, indexes } });
          this.port.sync();
          this.replayAll();
          this.port.send(from, { kind: 'decision', requestId: message.requestId, decision: EXECUTED });
          return;
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

export function createKernel(port: Port, config: KernelConfig): KernelActor {
  return new Kernel(port, config);
}

export const info = {
  clause: "12",
  sentence: "Tests MUST assert: No partial execution",
  needs: "a kernel crash at the sync of a rename, losing only the last of its two unsynced records"
};

const sut: SystemUnderTest = {
  name: 'red5-kernel-rename-two-records',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: createKernel,
};
export default sut;
