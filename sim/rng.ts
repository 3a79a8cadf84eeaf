// Seeds and the seeded pseudo-random streams of a run. A seed is a string parsed as an
// unsigned 64-bit integer (decimal or 0x-hex, never through a float), so `0x2a` and `42`
// name the same run. One run has one root seed, forked into named streams (workload,
// network, faults, …): a new draw in one component never shifts the others.

import seedrandom from 'seedrandom';

const MAX_SEED = (1n << 64n) - 1n;

/** Parses a seed; returns null when the text is not a 64-bit unsigned integer. */
export function parseSeed(text: string): bigint | null {
  const trimmed = text.trim();
  if (!/^(0[xX][0-9a-fA-F]{1,16}|[0-9]{1,20})$/.test(trimmed)) return null;
  const value = BigInt(trimmed);
  return value <= MAX_SEED ? value : null;
}

export const SEED_EXPECTED = 'an unsigned 64-bit integer, decimal (42) or 0x-hex (0x2a)';

export class Stream {
  private readonly next: () => number;

  constructor(seed: bigint, name: string) {
    // Always a string seed: seedrandom's numeric seeds do not match their string form.
    this.next = seedrandom.alea(`${seed.toString()}/${name}`);
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
