// Violates spec 1: "They MUST NOT alter kernel state implicitly" (and 7.2/11: an operation is
// one atomic effect, the one the operator confirmed).
// Change: drop-collection is a "soft delete": the kernel keeps the dropped collection's index
// list, and a later create-collection of the same name revives it, merging the old indexes
// into the new ones.
// Shows: drop "users" [kind], then create "users" [email]: the kernel holds users(email,kind).

// The kernel's data state and the semantics of each operation. `decide` is pure: it says
// whether an operation applies to the state or is rejected, and why. `apply` then performs
// every effect of an operation that `decide` accepted — all of them, so an operation is
// atomic by construction (the kernel writes one EXEC record per operation).

import type { Operation, Rejection, StateView } from '../../src/protocol.ts';

const INDEX_LIMIT = 6;

export class KernelState {
  /** collection name → its indexed fields, in creation order */
  readonly collections = new Map<string, string[]>();
  readonly config = new Map<string, string>();
  /** snapshot name → the collection names it captured, sorted */
  readonly snapshots = new Map<string, string[]>();
  /** dropped collections' indexes, kept so that a re-create is cheap */
  private readonly dropped = new Map<string, string[]>();

  decide(operation: Operation): Rejection | null {
    switch (operation.kind) {
      case 'create-collection': {
        if (this.collections.has(operation.name)) return collectionExists(operation.name);
        if (operation.indexes.length > INDEX_LIMIT) return indexLimit(operation.name);
        const seen = new Set<string>();
        for (const field of operation.indexes) {
          if (seen.has(field)) return indexExists(operation.name, field);
          seen.add(field);
        }
        return null;
      }
      case 'drop-collection':
        return this.collections.has(operation.name) ? null : noSuchCollection(operation.name);
      case 'rename-collection':
        if (!this.collections.has(operation.from)) return noSuchCollection(operation.from);
        if (this.collections.has(operation.to)) return collectionExists(operation.to);
        return null;
      case 'create-index': {
        const indexes = this.collections.get(operation.collection);
        if (indexes === undefined) return noSuchCollection(operation.collection);
        if (indexes.includes(operation.field)) return indexExists(operation.collection, operation.field);
        if (indexes.length >= INDEX_LIMIT) return indexLimit(operation.collection);
        return null;
      }
      case 'drop-index': {
        const indexes = this.collections.get(operation.collection);
        if (indexes === undefined) return noSuchCollection(operation.collection);
        if (!indexes.includes(operation.field)) {
          return { code: 'NO_SUCH_INDEX', text: `collection "${operation.collection}" has no index on "${operation.field}"` };
        }
        return null;
      }
      case 'set-config':
        return null;
      case 'create-snapshot':
        if (this.snapshots.has(operation.name)) {
          return { code: 'SNAPSHOT_EXISTS', text: `snapshot "${operation.name}" already exists` };
        }
        return null;
    }
  }

  /** Performs every effect of an operation that `decide` accepted. */
  apply(operation: Operation): void {
    switch (operation.kind) {
      case 'create-collection': {
        const old = this.dropped.get(operation.name) ?? [];
        this.dropped.delete(operation.name);
        this.collections.set(operation.name, [...operation.indexes, ...old.filter((f) => !operation.indexes.includes(f))]);
        return;
      }
      case 'drop-collection':
        this.dropped.set(operation.name, this.collections.get(operation.name) ?? []);
        this.collections.delete(operation.name);
        return;

      case 'rename-collection': {
        const indexes = this.collections.get(operation.from) ?? [];
        this.collections.delete(operation.from);
        this.collections.set(operation.to, indexes);
        return;
      }
      case 'create-index':
        this.collections.get(operation.collection)?.push(operation.field);
        return;
      case 'drop-index': {
        const indexes = this.collections.get(operation.collection);
        if (indexes !== undefined) indexes.splice(indexes.indexOf(operation.field), 1);
        return;
      }
      case 'set-config':
        this.config.set(operation.key, operation.value);
        return;
      case 'create-snapshot':
        this.snapshots.set(operation.name, [...this.collections.keys()].sort());
        return;
    }
  }

  view(): StateView {
    return {
      collections: [...this.collections.keys()].sort().map((name) => ({
        name,
        indexes: [...(this.collections.get(name) ?? [])].sort(),
      })),
      config: [...this.config.keys()].sort().map((key) => ({ key, value: this.config.get(key) ?? '' })),
      snapshots: [...this.snapshots.keys()].sort().map((name) => ({
        name,
        collections: this.snapshots.get(name) ?? [],
      })),
    };
  }
}

function collectionExists(name: string): Rejection {
  return { code: 'COLLECTION_EXISTS', text: `collection "${name}" already exists` };
}

function noSuchCollection(name: string): Rejection {
  return { code: 'NO_SUCH_COLLECTION', text: `collection "${name}" does not exist` };
}

function indexExists(collection: string, field: string): Rejection {
  return { code: 'INDEX_EXISTS', text: `collection "${collection}" already has an index on "${field}"` };
}

function indexLimit(collection: string): Rejection {
  return { code: 'INDEX_LIMIT', text: `collection "${collection}" would exceed ${INDEX_LIMIT} indexes` };
}
// The AeroDB kernel: the authority on what executed. Every decision about a request id
// (EXEC, REJECT, FENCE) is appended to the durable log and synced before any reply that
// reports it; state is rebuilt from the log on start, so replies only ever speak of
// synced decisions. A request id is decided once: later copies get a DUPLICATE naming
// the first decision. A fenced query answers "did R execute?" and, if not, fences R so
// that a dispatch of R still in the network cannot execute afterwards.

import type { Address, KernelActor, KernelConfig, Port } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message } from '../../src/protocol.ts';

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

import { reference } from '../../src/index.ts';
import type { SystemUnderTest } from '../../src/ports.ts';
const sut: SystemUnderTest = {
  name: 'kernel-recreate-revives-indexes',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel,
};
export default sut;
