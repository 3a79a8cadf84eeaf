// An independent reference model of the kernel's data state, written apart from
// src/kernel-state.ts on purpose: the oracles compare what the kernel shows against this
// model applied to exactly the EXEC records of its log, so a bug shared by both would hide.
// It only applies operations (the kernel decided they apply); an EXEC the model cannot
// apply is itself reported, since a correct kernel never executes one.

import type { Operation, StateView } from '../src/protocol.ts';

export class ReferenceModel {
  private readonly collections = new Map<string, Set<string>>();
  private readonly config = new Map<string, string>();
  private readonly snapshots = new Map<string, string>();
  private cached: string | null = null;

  /** Applies every effect of an executed operation; returns why it could not, or null. */
  apply(operation: Operation): string | null {
    this.cached = null;
    switch (operation.kind) {
      case 'create-collection':
        if (this.collections.has(operation.name)) return `collection ${operation.name} already existed`;
        this.collections.set(operation.name, new Set(operation.indexes));
        return null;
      case 'drop-collection':
        return this.collections.delete(operation.name) ? null : `collection ${operation.name} did not exist`;
      case 'rename-collection': {
        const indexes = this.collections.get(operation.from);
        if (indexes === undefined) return `collection ${operation.from} did not exist`;
        if (this.collections.has(operation.to)) return `collection ${operation.to} already existed`;
        this.collections.delete(operation.from);
        this.collections.set(operation.to, indexes);
        return null;
      }
      case 'create-index': {
        const indexes = this.collections.get(operation.collection);
        if (indexes === undefined) return `collection ${operation.collection} did not exist`;
        if (indexes.has(operation.field)) return `index ${operation.field} already existed`;
        indexes.add(operation.field);
        return null;
      }
      case 'drop-index': {
        const indexes = this.collections.get(operation.collection);
        if (indexes === undefined) return `collection ${operation.collection} did not exist`;
        return indexes.delete(operation.field) ? null : `index ${operation.field} did not exist`;
      }
      case 'set-config':
        this.config.set(operation.key, operation.value);
        return null;
      case 'create-snapshot':
        if (this.snapshots.has(operation.name)) return `snapshot ${operation.name} already existed`;
        this.snapshots.set(operation.name, [...this.collections.keys()].sort().join(','));
        return null;
      default:
        return `unknown operation ${JSON.stringify(operation)}`;
    }
  }

  /** A canonical string of the state: equal states, equal strings. */
  canonical(): string {
    if (this.cached !== null) return this.cached;
    const collections = [...this.collections.entries()]
      .map(([name, indexes]) => `${name}(${[...indexes].sort().join(',')})`)
      .sort();
    const config = [...this.config.entries()].map(([key, value]) => `${key}=${value}`).sort();
    const snapshots = [...this.snapshots.entries()].map(([name, names]) => `${name}[${names}]`).sort();
    this.cached = `C:${collections.join(' ')}|K:${config.join(' ')}|S:${snapshots.join(' ')}`;
    return this.cached;
  }
}

/** The same canonical string for a state as a kernel shows it. */
export function canonicalView(view: StateView): string {
  const collections = view.collections.map((c) => `${c.name}(${[...c.indexes].sort().join(',')})`).sort();
  const config = view.config.map((entry) => `${entry.key}=${entry.value}`).sort();
  const snapshots = view.snapshots.map((s) => `${s.name}[${[...s.collections].sort().join(',')}]`).sort();
  return `C:${collections.join(' ')}|K:${config.join(' ')}|S:${snapshots.join(' ')}`;
}
