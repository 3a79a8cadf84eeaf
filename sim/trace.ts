// The run's trace: every step as a few 32-bit words in a growable Int32Array, folded into a
// per-step hash chain (two 32-bit FNV-1a lanes with different offsets: a 64-bit chain).
// Same scenario + seed + code ⇒ the same words and the same chain, in any process; two
// runs that differ can be compared step by step to name the first step where they part.
//
// A readable timeline (one line per step) is kept only when asked for: building strings
// is the expensive part, and sweeps never need it.

import { seal } from './seal.ts';

const PRIME = 16777619;

/** Buffers of traces released by their owner (a sweep worker, once it has the hash),
 * reused by the next run instead of allocating and zero-filling new ones. */
const spareWords: Int32Array[] = [];
const spareChains: Uint32Array[] = [];

export class Trace {
  private words = spareWords.pop() ?? new Int32Array(1 << 14);
  private wordCount = 0;
  private chains = spareChains.pop() ?? new Uint32Array(1 << 12);
  private stepCount = 0;
  private laneA = 0x811c9dc5 | 0;
  private laneB = 0x050c5d1f | 0;
  /** one line per step, only when verbose */
  readonly lines: string[] | null;
  /** explain mode (a determinism check of one run): what went into the hash, one entry per
   * word or per leaf field of a value, as text, and the step of each */
  readonly fields: string[] | null;
  readonly fieldSteps: number[] | null;
  private walking = false;

  constructor(verbose: boolean, explain = false) {
    this.lines = verbose ? [] : null;
    this.fields = explain ? [] : null;
    this.fieldSteps = explain ? [] : null;
  }

  get steps(): number {
    return this.stepCount;
  }

  get length(): number {
    return this.wordCount;
  }

  word(value: number): void {
    const v = value | 0;
    if (this.wordCount === this.words.length) {
      const grown = new Int32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    this.words[this.wordCount++] = v;
    if (this.fields !== null && !this.walking) this.field(`word ${v}`);
    this.laneA = Math.imul(this.laneA ^ v, PRIME);
    this.laneB = Math.imul(this.laneB ^ (v + 0x9e3779b9), PRIME) ^ (this.laneB >>> 15);
  }

  /** Folds a string in as one word (its own FNV-1a hash). Hashed every time: a cache of
   * long strings' hashes (texts, explanations) missed on nearly every string, as most are
   * built anew per message, and the strings it held lived on into old space (~2% of a
   * checked run, with its share of the collector's work). */
  text(value: string): void {
    this.word(stringHash(value));
  }

  /** Folds in a canonical encoding of a plain-data value (a message, a display, a durable
   * record, a command): every field name and value, so that two runs whose payloads differ
   * anywhere have different hashes. Walked in place, never serialised: objects in their
   * own key order (the same code builds the same order), arrays with their length, each
   * string as its own 32-bit FNV-1a (two different strings collide with odds ~2^-32).
   * Non-plain values (functions, symbols, nesting deeper than the bound) fold as a marker:
   * the system under test sends plain data. */
  value(value: unknown, depth = 0): void {
    if (depth === 0 && this.fields !== null && !this.walking) {
      const root = typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string' ? (value as { kind: string }).kind : 'value';
      for (const leaf of leaves(value, root)) this.field(leaf);
      this.walking = true;
      try {
        this.value(value, 0);
      } finally {
        this.walking = false;
      }
      return;
    }
    if (typeof value === 'string') {
      this.text(value);
    } else if (typeof value === 'number') {
      this.word((value | 0) === value ? value : this.numberWord(value));
    } else if (typeof value === 'object' && value !== null) {
      if (depth > 16) {
        this.word(0x3f);
      } else if (Array.isArray(value)) {
        this.word(0x5b000000 + value.length);
        for (let i = 0; i < value.length; i++) this.value(value[i], depth + 1);
      } else {
        this.word(0x7b);
        const record = value as Record<string, unknown>;
        for (const key in record) {
          this.word(keyHash(key));
          this.value(record[key], depth + 1);
        }
      }
    } else if (typeof value === 'boolean') {
      this.word(value ? 0x54 : 0x46);
    } else if (value === undefined) {
      this.word(0x55);
    } else if (typeof value === 'bigint') {
      this.text(value.toString());
    } else {
      this.word(0x3f);
    }
  }

  /** `value`, and the value deep-frozen in the same walk (sim/seal.ts's `seal`, which a
   * separate walk of every message, record and display cost ~4% of a checked run). Folds
   * exactly the words `value` folds. Explain mode walks twice, as before. */
  sealValue<T>(value: T): T {
    if (this.fields !== null) {
      this.value(seal(value));
      return value;
    }
    this.walkSeal(value, 0);
    return value;
  }

  private walkSeal(value: unknown, depth: number): void {
    if (typeof value === 'string') {
      this.text(value);
    } else if (typeof value === 'number') {
      this.word((value | 0) === value ? value : this.numberWord(value));
    } else if (typeof value === 'object' && value !== null) {
      if (depth > 16) {
        this.word(0x3f);
        return;
      }
      if (Array.isArray(value)) {
        this.word(0x5b000000 + value.length);
        for (let i = 0; i < value.length; i++) this.walkSeal(value[i], depth + 1);
      } else {
        this.word(0x7b);
        const record = value as Record<string, unknown>;
        for (const key in record) {
          this.word(keyHash(key));
          this.walkSeal(record[key], depth + 1);
        }
      }
      Object.freeze(value);
    } else if (typeof value === 'boolean') {
      this.word(value ? 0x54 : 0x46);
    } else if (value === undefined) {
      this.word(0x55);
    } else if (typeof value === 'bigint') {
      this.text(value.toString());
    } else {
      this.word(0x3f);
    }
  }

  private field(text: string): void {
    this.fields?.push(text);
    this.fieldSteps?.push(this.stepCount);
  }

  /** Explain mode: what went into the hash at step `index`. */
  fieldsAt(index: number): string[] {
    const out: string[] = [];
    const fields = this.fields ?? [];
    const steps = this.fieldSteps ?? [];
    for (let i = 0; i < fields.length; i++) if (steps[i] === index) out.push(fields[i] as string);
    return out;
  }

  private numberWord(value: number): number {
    let h = 0x4e | 0;
    const text = String(value);
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
    return h;
  }

  /** Closes a step: records the chain value after it. */
  endStep(): void {
    const index = this.stepCount * 2;
    if (index + 2 > this.chains.length) {
      const grown = new Uint32Array(this.chains.length * 2);
      grown.set(this.chains);
      this.chains = grown;
    }
    this.chains[index] = this.laneA >>> 0;
    this.chains[index + 1] = this.laneB >>> 0;
    this.stepCount++;
  }

  /** Hands the buffers back for reuse. The trace must not be read afterwards. */
  release(): void {
    if (spareWords.length < 4) spareWords.push(this.words);
    if (spareChains.length < 4) spareChains.push(this.chains);
    this.words = new Int32Array(0);
    this.chains = new Uint32Array(0);
    this.wordCount = 0;
    this.stepCount = 0;
  }

  line(text: string): void {
    this.lines?.push(text);
  }

  /** The chain value as 16 hex digits. */
  hash(): string {
    return hex(this.laneA) + hex(this.laneB);
  }

  /** The chain value after step `index` (0-based). */
  stepHash(index: number): string {
    return hex(this.chains[index * 2] ?? 0) + hex(this.chains[index * 2 + 1] ?? 0);
  }

  /** A copy of the compact trace words. */
  snapshot(): Int32Array {
    return this.words.slice(0, this.wordCount);
  }

  /** Per-step chain values, two words per step. */
  chainSnapshot(): Uint32Array {
    return this.chains.slice(0, this.stepCount * 2);
  }
}

/** The leaf fields of a plain-data value as "path = value" lines (explain mode only). */
function leaves(value: unknown, path: string, out: string[] = [], depth = 0): string[] {
  if (typeof value === 'object' && value !== null && depth <= 16) {
    if (Array.isArray(value)) {
      if (value.length === 0) out.push(`${path} = []`);
      value.forEach((item, index) => leaves(item, `${path}[${index}]`, out, depth + 1));
    } else {
      const record = value as Record<string, unknown>;
      let empty = true;
      for (const key in record) {
        empty = false;
        leaves(record[key], `${path}.${key}`, out, depth + 1);
      }
      if (empty) out.push(`${path} = {}`);
    }
  } else {
    out.push(`${path} = ${typeof value === 'string' ? JSON.stringify(value) : typeof value === 'bigint' ? `${value}n` : String(value)}`);
  }
  return out;
}

/** Where two explained steps differ: the first entry that is not the same on both sides. */
export function firstFieldDifference(here: readonly string[], there: readonly string[]): string {
  const length = Math.max(here.length, there.length);
  for (let i = 0; i < length; i++) {
    const a = here[i];
    const b = there[i];
    if (a === b) continue;
    if (a === undefined) return `there is more: ${b}`;
    if (b === undefined) return `here is more: ${a}`;
    const name = /^(.*?) = /.exec(a)?.[1];
    const other = /^(.*?) = /.exec(b)?.[1];
    if (name !== undefined && name === other) return `field ${name}: ${a.slice(name.length + 3)} here, ${b.slice(name.length + 3)} there`;
    return `${a} here, ${b} there`;
  }
  return 'no field differs (the steps differ in order or count of words)';
}

/** Field names, hashed once: the same twenty-odd names recur in every payload. A
 * direct-mapped cache by length, end and middle characters: a property name is an
 * internalized string, so a hit is one pointer comparison (a Map lookup cost ~3% of a
 * checked run). The mix puts the 34 field names of src/protocol.ts in 34 slots (the first
 * one put requestId and timeMs, both in every audit record, in one). A miss rehashes; what
 * the cache holds changes no hash. */
const KEY_SLOTS = 256;
const slotKeys: (string | null)[] = new Array<string | null>(KEY_SLOTS).fill(null);
const slotHashes = new Int32Array(KEY_SLOTS);

function stringHash(value: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), PRIME);
  return h;
}

function keyHash(key: string): number {
  const length = key.length;
  const slot = length === 0 ? 0 : (length * 37 + key.charCodeAt(0) * 17 + key.charCodeAt(length - 1) * 5 + key.charCodeAt(length >> 1) * 3) & (KEY_SLOTS - 1);
  if (slotKeys[slot] === key) return slotHashes[slot] as number;
  const h = stringHash(key);
  slotKeys[slot] = key;
  slotHashes[slot] = h;
  return h;
}

function hex(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/** The first step at which two chains differ, or -1 when one is a prefix of the other and
 * they have the same length. */
export function firstDivergence(a: Uint32Array, b: Uint32Array): number {
  const steps = Math.min(a.length, b.length) / 2;
  for (let step = 0; step < steps; step++) {
    if (a[step * 2] !== b[step * 2] || a[step * 2 + 1] !== b[step * 2 + 1]) return step;
  }
  return a.length === b.length ? -1 : steps;
}
