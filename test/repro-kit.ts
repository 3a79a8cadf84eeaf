// Finding a failing run of a mutant and turning it into a repro, for the sweep tests.

import type { Mutant } from '../mutants/index.ts';
import { replay } from '../sim/commands/replay.ts';
import { reproOf, type Repro } from '../sim/repro.ts';
import { builtinScenarioNames, loadScenario } from '../sim/scenario-file.ts';
import { fails, shrink } from '../sim/shrink.ts';
import { runOnce } from '../sim/runner.ts';
import type { Scenario } from '../sim/scenario.ts';
import { summarize } from '../sim/summary.ts';

/** The first (seed, scenario) in which the mutant's target fires, as a repro. */
export function firstRepro(mutant: Mutant, scenarios: readonly Scenario[], seeds: number): Repro | null {
  for (const repro of failingRepros(mutant, scenarios, seeds)) return repro;
  return null;
}

/** The repros of the failing seeds 1..seeds (in seed order, then scenario order) whose run
 * the mutant's target flags. */
export function* failingRepros(mutant: Mutant, scenarios: readonly Scenario[], seeds: number): Generator<Repro> {
  for (let seed = 1n; seed <= BigInt(seeds); seed++) {
    for (const scenario of scenarios) {
      const result = runOnce({ scenario, seed, sut: mutant });
      if (!result.violations.some((violation) => violation.invariant === mutant.targets)) continue;
      const summary = summarize(result);
      const repro = reproOf(summary, scenario.name, scenario, { kind: 'mutant', name: mutant.name }, 'test');
      // keep the targeted violation as the one to reproduce
      const violation = result.violations.find((v) => v.invariant === mutant.targets) ?? null;
      yield { ...repro, violation };
    }
  }
}

/** For each mutant: a failing seed's repro replays to the same violation, step for step,
 * and shrinks to ≤ 3 faults (the smallest over the scenarios). Returns what went wrong. */
export function shrinkEachMutant(mutants: readonly Mutant[]): string[] {
  const problems: string[] = [];
  const directed = builtinScenarioNames().filter((name) => !['mixed', 'calm', 'swarm', 'timing-swarm'].includes(name));
  const scenarios = ['calm', ...directed, 'mixed'].map((name) => loadScenario(name));
  for (const mutant of mutants) {
    if (mutant.targets === 'determinism') continue; // replayed across isolates: test/every-failure-replays.test.ts
    let best: { faults: number; before: number } | null = null;
    // up to three failing seeds per scenario: removing an early crash renumbers the later
    // incarnations and shifts time, so one seed's failure may need several crashes where
    // another's needs two (red3-kernel-read-unsynced: seed 1 shrinks 21 → 7, seed 4 29 → 2)
    search: for (const scenario of scenarios) {
      let tried = 0;
      for (const repro of failingRepros(mutant, [scenario], 30)) {
        const again = replay(repro, mutant);
        if (!fails(again, mutant.targets) || again.hash !== repro.hash) problems.push(`${mutant.name}: the repro does not replay to ${mutant.targets} step for step`);
        const outcome = shrink(repro, mutant, mutant.targets);
        if (!fails(replay(outcome.repro, mutant), mutant.targets)) problems.push(`${mutant.name}: the shrunk repro no longer fails`);
        if (best === null || outcome.after.faults < best.faults) best = { faults: outcome.after.faults, before: outcome.before.faults };
        if (best.faults <= 3) break search;
        if (++tried === 3) break;
      }
    }
    if (best === null) problems.push(`${mutant.name}: no failing seed in 30 of any scenario`);
    else if (best.faults > 3) problems.push(`${mutant.name}: shrank ${best.before} → ${best.faults} faults`);
  }
  return problems;
}
