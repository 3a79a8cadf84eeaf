// The AeroSim side of the comparison — the only file of the peer that touches sim/, and
// only through runOnce (sim/runner.ts) and the built-in scenarios (sim/scenario-file.ts).
// Time to first failure, in process, in the order `aerosim sweep --max-failures` takes: the
// size ramp first (sim/ramp.ts: two seeds of every scenario at size 4, then at size 8),
// then seeds 1, 2, … each over every built-in scenario in name order (seed 1 on all
// scenarios, then seed 2, …), until a run's violations include the mutant's target
// invariant, or the budget runs out. The first run with any violation (or any verdict
// other than a pass) is recorded on the way.

import type { SystemUnderTest } from '../../src/ports.ts';
import { DEFAULT_RAMP, type Ramp, rampRuns } from '../../sim/ramp.ts';
import { runOnce } from '../../sim/runner.ts';
import { builtinScenarioNames, loadScenario } from '../../sim/scenario-file.ts';

export interface AeroFound {
  readonly ms: number;
  readonly runs: number;
  readonly scenario: string;
  readonly seed: number;
  readonly invariant: string;
}

export interface AeroResult {
  readonly any: AeroFound | null;
  readonly target: AeroFound | null;
  readonly runs: number;
  readonly elapsedMs: number;
  readonly error: string | null;
}

type Scenario = ReturnType<typeof loadScenario>;

/** The harness a hunt runs: this checkout's sim/ by default, or another copy of it (the
 * bench passes its compiled .build/, as the bin runs it). */
export interface HuntHarness {
  readonly runOnce: typeof runOnce;
  readonly loadScenario: typeof loadScenario;
  readonly builtinScenarioNames: typeof builtinScenarioNames;
}
const THIS_CHECKOUT: HuntHarness = { runOnce, loadScenario, builtinScenarioNames };
const scenariosOf = new Map<HuntHarness, { name: string; scenario: Scenario }[]>();

function allScenarios(harness: HuntHarness = THIS_CHECKOUT): { name: string; scenario: Scenario }[] {
  let list = scenariosOf.get(harness);
  if (list === undefined) scenariosOf.set(harness, (list = harness.builtinScenarioNames().map((name) => ({ name, scenario: harness.loadScenario(name) }))));
  return list;
}

/** The runs of a hunt, in order: the ramp's, then the full-size pairs, seed-major. */
function* huntOrder(ramp: Ramp | null, harness: HuntHarness): Generator<{ name: string; scenario: Scenario; seed: number }> {
  const list = allScenarios(harness);
  for (const { entry, offset } of rampRuns(list.map(({ name, scenario }) => ({ arg: name, scenario })), ramp)) yield { name: entry.arg, scenario: entry.scenario, seed: 1 + offset };
  for (let seed = 1; ; seed++) for (const { name, scenario } of list) yield { name, scenario, seed };
}

export function aerosimHunt(sut: SystemUnderTest, target: string | null, budgetMs: number, stopAtAny = false, ramp: Ramp | null = DEFAULT_RAMP, harness: HuntHarness = THIS_CHECKOUT): AeroResult {
  let any: AeroFound | null = null;
  let hit: AeroFound | null = null;
  let runs = 0;
  const started = performance.now();
  try {
    for (const { name, scenario, seed } of huntOrder(ramp, harness)) {
      {
        if (performance.now() - started > budgetMs) return { any, target: hit, runs, elapsedMs: performance.now() - started, error: null };
        const result = harness.runOnce({ scenario, seed: BigInt(seed), sut });
        result.world?.trace.release(); // as a sweep's worker does
        runs++;
        const failed = result.violations.length > 0 || result.verdict.kind !== 'pass';
        if (failed && any === null) {
          any = { ms: performance.now() - started, runs, scenario: name, seed, invariant: result.violations[0]?.invariant ?? result.verdict.kind };
          if (stopAtAny || target === null) return { any, target: null, runs, elapsedMs: performance.now() - started, error: null };
        }
        const matching = target === null ? undefined : result.violations.find((v) => v.invariant === target);
        if (matching !== undefined) {
          hit = { ms: performance.now() - started, runs, scenario: name, seed, invariant: matching.invariant };
          return { any, target: hit, runs, elapsedMs: performance.now() - started, error: null };
        }
      }
    }
    return { any, target: hit, runs, elapsedMs: performance.now() - started, error: null };
  } catch (error) {
    return { any, target: hit, runs, elapsedMs: performance.now() - started, error: error instanceof Error ? error.message : String(error) };
  }
}

export function aerosimScenarioNames(): string[] {
  return allScenarios().map((s) => s.name);
}

/** Loads the scenarios and lets the JIT see every scenario once, on the reference. */
export function aerosimWarmUp(seeds = 3): void {
  for (let seed = 1; seed <= seeds; seed++) for (const { scenario } of allScenarios()) runOnce({ scenario, seed: BigInt(1_000_000 + seed) });
}
