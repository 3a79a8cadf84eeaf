// An independent reference model of the kernel's data state, written apart from
// src/kernel-state.ts on purpose: the oracles compare what the kernel shows against this
// model applied to exactly the EXEC records of its log, so a bug shared by both would hide.
// It only applies operations (the kernel decided they apply); an EXEC the model cannot
// apply is itself reported, since a correct kernel never executes one.
//
// States are compared by a fingerprint kept up to date as operations apply: the sum, in
// two 32-bit lanes, of a hash of each entry (a collection with its sorted indexes, a
// config key with its value, a snapshot with its collections). Order-free, O(1) per
// effect; two different states share a fingerprint with probability ~2^-53 per
// comparison. The canonical text form is built only to explain a mismatch.

import type { Operation, StateView } from '../src/protocol.ts';

export class ReferenceModel {
  private readonly collections = new Map<string, Set<string>>();
  private readonly config = new Map<string, string>();
  private readonly snapshots = new Map<string, string>();
  private laneA = 0;
  private laneB = 0;
  /** With `undoable`: each map entry's value before a change, as (map, key, old value)
   * triples, so that a state can be rolled back to an earlier mark (a kernel crash that
   * loses its log's unsynced suffix) instead of rebuilt from the whole log. */
  private readonly journal: unknown[] = [];

  constructor(private readonly undoable = false) {}

  /** Where the state stands now, for rollback (undoable models only). */
  mark(): Mark {
    return { at: this.journal.length, laneA: this.laneA, laneB: this.laneB };
  }

  /** Back to the state at `mark`: every change since undone, latest first. */
  rollback(mark: Mark): void {
    const journal = this.journal;
    while (journal.length > mark.at) {
      const old = journal.pop();
      const key = journal.pop() as string;
      const map = journal.pop() as Map<string, unknown>;
      if (old === ABSENT) map.delete(key);
      else map.set(key, old);
    }
    this.laneA = mark.laneA;
    this.laneB = mark.laneB;
  }

  private note(map: Map<string, unknown>, key: string): void {
    // (absent, not undefined: an operation may set a key to undefined — review of 13240f9)
    if (this.undoable) this.journal.push(map, key, map.has(key) ? map.get(key) : ABSENT);
  }

  /** Applies every effect of an executed operation; returns why it could not, or null. */
  apply(operation: Operation): string | null {
    switch (operation.kind) {
      case 'create-collection':
        if (this.collections.has(operation.name)) return `collection ${operation.name} already existed`;
        this.setCollection(operation.name, new Set(operation.indexes));
        return null;
      case 'drop-collection':
        return this.dropCollection(operation.name) ? null : `collection ${operation.name} did not exist`;
      case 'rename-collection': {
        const indexes = this.collections.get(operation.from);
        if (indexes === undefined) return `collection ${operation.from} did not exist`;
        if (this.collections.has(operation.to)) return `collection ${operation.to} already existed`;
        this.dropCollection(operation.from);
        this.setCollection(operation.to, indexes);
        return null;
      }
      case 'create-index': {
        const indexes = this.collections.get(operation.collection);
        if (indexes === undefined) return `collection ${operation.collection} did not exist`;
        if (indexes.has(operation.field)) return `index ${operation.field} already existed`;
        this.setCollection(operation.collection, new Set([...indexes, operation.field]));
        return null;
      }
      case 'drop-index': {
        const indexes = this.collections.get(operation.collection);
        if (indexes === undefined) return `collection ${operation.collection} did not exist`;
        if (!indexes.has(operation.field)) return `index ${operation.field} did not exist`;
        this.setCollection(operation.collection, new Set([...indexes].filter((field) => field !== operation.field)));
        return null;
      }
      case 'set-config': {
        const old = this.config.get(operation.key);
        if (old !== undefined) this.remove(configEntry(operation.key, old));
        this.note(this.config, operation.key);
        this.config.set(operation.key, operation.value);
        this.add(configEntry(operation.key, operation.value));
        return null;
      }
      case 'create-snapshot': {
        if (this.snapshots.has(operation.name)) return `snapshot ${operation.name} already existed`;
        const names = [...this.collections.keys()].sort().join(',');
        this.note(this.snapshots, operation.name);
        this.snapshots.set(operation.name, names);
        this.add(snapshotEntry(operation.name, names));
        return null;
      }
      default:
        return `unknown operation ${JSON.stringify(operation)}`;
    }
  }

  /** The state's fingerprint: equal states, equal fingerprints. */
  fingerprint(): number {
    return combine(this.laneA, this.laneB);
  }

  /** A canonical text of the state, for explanations. */
  canonical(): string {
    const collections = [...this.collections.entries()].map(([name, indexes]) => collectionEntry(name, indexes)).sort();
    const config = [...this.config.entries()].map(([key, value]) => configEntry(key, value)).sort();
    const snapshots = [...this.snapshots.entries()].map(([name, names]) => snapshotEntry(name, names)).sort();
    return [...collections, ...config, ...snapshots].join(' ');
  }

  private setCollection(name: string, indexes: Set<string>): void {
    this.dropCollection(name);
    this.note(this.collections, name);
    this.collections.set(name, indexes);
    this.add(collectionEntry(name, indexes));
  }

  private dropCollection(name: string): boolean {
    const indexes = this.collections.get(name);
    if (indexes === undefined) return false;
    this.remove(collectionEntry(name, indexes));
    this.note(this.collections, name);
    this.collections.delete(name);
    return true;
  }

  private add(entry: string): void {
    hashEntry(entry);
    this.laneA = (this.laneA + entryA) | 0;
    this.laneB = (this.laneB + entryB) | 0;
  }

  private remove(entry: string): void {
    hashEntry(entry);
    this.laneA = (this.laneA - entryA) | 0;
    this.laneB = (this.laneB - entryB) | 0;
  }
}

/** A journal's mark for "the key was not in the map". */
const ABSENT = Symbol('absent');

/** A state of an undoable model to roll back to. */
export interface Mark {
  readonly at: number;
  readonly laneA: number;
  readonly laneB: number;
}

function collectionEntry(name: string, indexes: Iterable<string>): string {
  return `C:${name}(${sortedJoin(indexes)})`;
}

/** The names sorted and joined with commas. A kernel's view lists them sorted already:
 * then the copy and the sort are skipped (same text: the default sort orders strings by
 * code unit, as `<` does). */
function sortedJoin(names: Iterable<string>): string {
  if (Array.isArray(names)) {
    const list = names as readonly unknown[];
    let sorted = true;
    for (let i = 0; i < list.length && sorted; i++) {
      const name = list[i];
      sorted = typeof name === 'string' && (i === 0 || !(name < (list[i - 1] as string)));
    }
    if (sorted) return list.join(',');
  }
  return [...names].sort().join(',');
}

function configEntry(key: string, value: string): string {
  return `K:${key}=${value}`;
}

function snapshotEntry(name: string, names: string): string {
  return `S:${name}[${names}]`;
}

/** The two lanes of the last entry hashed (one pass computes both; no allocation). */
let entryA = 0;
let entryB = 0;

function hashEntry(text: string): void {
  let a = 0x811c9dc5 | 0;
  let b = 0x3243f6a8 | 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 16777619);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 13);
  }
  entryA = a;
  entryB = b;
}

function combine(a: number, b: number): number {
  return (a >>> 0) * 2 ** 21 + ((b >>> 0) & 0x1fffff);
}

/** Views are passed along unchanged (kernel → control plane → client → display): each is
 * fingerprinted once. */
const viewFingerprints = new WeakMap<StateView, number>();

/** The fingerprint of a state as a kernel shows it. */
export function fingerprintView(view: StateView): number {
  const known = viewFingerprints.get(view);
  if (known !== undefined) return known;
  const fingerprint = computeFingerprint(view);
  viewFingerprints.set(view, fingerprint);
  return fingerprint;
}

function computeFingerprint(view: StateView): number {
  // the lanes are summed in place, not through a helper closure: tsx names every closure
  // it creates (a call per fingerprint)
  let a = 0;
  let b = 0;
  for (const collection of view.collections) {
    hashEntry(collectionEntry(collection.name, collection.indexes));
    a = (a + entryA) | 0;
    b = (b + entryB) | 0;
  }
  for (const entry of view.config) {
    hashEntry(configEntry(entry.key, entry.value));
    a = (a + entryA) | 0;
    b = (b + entryB) | 0;
  }
  for (const snapshot of view.snapshots) {
    hashEntry(snapshotEntry(snapshot.name, sortedJoin(snapshot.collections)));
    a = (a + entryA) | 0;
    b = (b + entryB) | 0;
  }
  return combine(a, b);
}

/** The canonical text of a state as a kernel shows it (same form as ReferenceModel's). */
export function canonicalView(view: StateView): string {
  const collections = view.collections.map((c) => collectionEntry(c.name, c.indexes)).sort();
  const config = view.config.map((entry) => configEntry(entry.key, entry.value)).sort();
  const snapshots = view.snapshots.map((s) => snapshotEntry(s.name, [...s.collections].sort().join(','))).sort();
  return [...collections, ...config, ...snapshots].join(' ');
}
