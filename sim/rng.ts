// Seeds and the seeded pseudo-random streams of a run. A seed is a string parsed as an
// unsigned 64-bit integer (decimal or 0x-hex, never through a float), so `0x2a` and `42`
// name the same run. One run has one root seed, forked into named streams (workload,
// network, faults, …): a new draw in one component never shifts the others.

const MAX_SEED = (1n << 64n) - 1n;

/** Parses a seed; returns null when the text is not a 64-bit unsigned integer. */
export function parseSeed(text: string): bigint | null {
  const trimmed = text.trim();
  if (!/^(0[xX][0-9a-fA-F]{1,16}|[0-9]{1,20})$/.test(trimmed)) return null;
  const value = BigInt(trimmed);
  return value <= MAX_SEED ? value : null;
}

export const SEED_EXPECTED = 'an unsigned 64-bit integer, decimal (42) or 0x-hex (0x2a)';

/** seedrandom's Mash, operation for operation: folds `data` into the Mash state `n` and
 * returns the new state (Mash's result is `(n >>> 0) * 2^-32`). */
function mash(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000; // 2^32
  }
  return n;
}

const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/** The state after the three `mash(' ')` every Alea begins with: the same for every seed. */
const N0 = mash(0xefc8249d, ' ');
const N1 = mash(N0, ' ');
const N2 = mash(N1, ' ');

export class Stream {
  // seedrandom's Alea (seedrandom/lib/alea.js), written out here step for step, so that
  // every draw is the very same double: the library builds a Mash closure, an Alea object
  // and four closures per stream, ~3 KB and ~2% of a tiny run for five streams a run.
  private s0: number;
  private s1: number;
  private s2: number;
  private c = 1;

  constructor(seed: bigint, name: string) {
    // Always a string seed: seedrandom's numeric seeds do not match their string form.
    const text = `${seed.toString()}/${name}`;
    const a = mash(N2, text);
    const b = mash(a, text);
    const c = mash(b, text);
    this.s0 = (N0 >>> 0) * TWO_TO_MINUS_32 - (a >>> 0) * TWO_TO_MINUS_32;
    if (this.s0 < 0) this.s0 += 1;
    this.s1 = (N1 >>> 0) * TWO_TO_MINUS_32 - (b >>> 0) * TWO_TO_MINUS_32;
    if (this.s1 < 0) this.s1 += 1;
    this.s2 = (N2 >>> 0) * TWO_TO_MINUS_32 - (c >>> 0) * TWO_TO_MINUS_32;
    if (this.s2 < 0) this.s2 += 1;
  }

  private next(): number {
    const t = 2091639 * this.s0 + this.c * TWO_TO_MINUS_32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    return (this.s2 = t - (this.c = t | 0));
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p; draws nothing when p is 0, so a disabled fault kind does not
   * consume the stream. */
  chance(p: number): boolean {
    return p > 0 && this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.below(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

