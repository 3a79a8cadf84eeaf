// A size ramp, as property testers have: before a sweep's full-size runs, a few seeds of
// every scenario made small (sim/scenario.ts sizedScenario), smallest first. A bug that a
// run of four intents shows is then found in a fraction of a millisecond instead of after
// a dozen full runs, and its repro is small before shrinking starts. The small runs are
// runs like any other (`mixed@4` seed 2 replays with `aerosim run --scenario mixed@4
// --seed 2`); the full-size pairs that follow are exactly the ones a sweep without a ramp
// makes.

import { InputError } from './scenario-file.ts';
import { type Scenario, shrinksAt, SIZE_MAX, sizedScenario } from './scenario.ts';

export interface Ramp {
  /** sizes, ascending */
  readonly sizes: readonly number[];
  /** seeds per size (the sweep's first seeds) */
  readonly seeds: number;
}

/** Sizes 4 and 8, two seeds each: measured over the 217 catalogued mutants hunted in
 * process across the built-in scenarios (bench/fastcheck-peer), this took the median time
 * to a first failure from 8.8 ms to 3.8 ms; longer ramps (1–16, more seeds) were slower,
 * because a run's fixed cost dominates below four intents and more small seeds delay the
 * full runs that deep bugs need. */
export const DEFAULT_RAMP: Ramp = { sizes: [4, 8], seeds: 2 };

export const RAMP_EXPECTED = '"off", or sizes and seeds per size like 4,8x2 (two seeds at size 4, then two at size 8)';

/** Parses `--ramp`: "off", "on" (the default ramp), or "S1,S2,…xN". */
export function parseRamp(text: string): Ramp | null {
  if (text === 'off') return null;
  if (text === 'on') return DEFAULT_RAMP;
  const match = /^([0-9]+(?:,[0-9]+)*)x([0-9]+)$/.exec(text);
  const sizes = match?.[1]?.split(',').map(Number) ?? [];
  const seeds = Number(match?.[2]);
  const ascending = sizes.every((size, index) => index === 0 || size > (sizes[index - 1] as number));
  if (match === null || !ascending || sizes.some((size) => !(size >= 1 && size <= SIZE_MAX)) || !(seeds >= 1 && seeds <= 1_000_000)) {
    throw new InputError(`--ramp "${text}" is not valid; expected ${RAMP_EXPECTED}, sizes ascending in 1..${SIZE_MAX}, seeds per size in 1..1000000`);
  }
  return { sizes, seeds };
}

/** The ramp as --ramp writes it. */
export function rampText(ramp: Ramp | null): string {
  return ramp === null ? 'off' : `${ramp.sizes.join(',')}x${ramp.seeds}`;
}

/** The ramp's runs in the order they are made: per size, smallest first, its seeds in turn
 * (seed-major), each over the scenarios that size makes smaller (a scenario already that
 * small is not run twice). `offset` is the seed's offset from the first seed; `index` and
 * `count` place the scenario within its stage (a sweep's shards split each stage). */
export function* rampRuns(
  entries: readonly { readonly arg: string; readonly scenario: Scenario }[],
  ramp: Ramp | null,
): Generator<{ readonly entry: { readonly arg: string; readonly scenario: Scenario }; readonly offset: number; readonly index: number; readonly count: number }> {
  if (ramp === null) return;
  for (const size of ramp.sizes) {
    const stage = entries.filter((entry) => shrinksAt(entry.scenario, size)).map((entry) => ({ arg: `${entry.arg}@${size}`, scenario: sizedScenario(entry.scenario, size) }));
    for (let offset = 0; offset < ramp.seeds; offset++) {
      for (let index = 0; index < stage.length; index++) yield { entry: stage[index] as (typeof stage)[number], offset, index, count: stage.length };
    }
  }
}
