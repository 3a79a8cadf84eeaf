// The kernel's data state and the semantics of each operation. `decide` is pure: it says
// whether an operation applies to the state or is rejected, and why. `apply` then performs
// every effect of an operation that `decide` accepted — all of them, so an operation is
// atomic by construction (the kernel writes one EXEC record per operation).

import type { Operation, Rejection, StateView } from './protocol.ts';

export const INDEX_LIMIT = 6;

export class KernelState {
  /** collection name → its indexed fields, in creation order */
  readonly collections = new Map<string, string[]>();
  readonly config = new Map<string, string>();
  /** snapshot name → the collection names it captured, sorted */
  readonly snapshots = new Map<string, string[]>();

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
      case 'create-collection':
        this.collections.set(operation.name, [...operation.indexes]);
        return;
      case 'drop-collection':
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
