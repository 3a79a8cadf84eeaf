// Finding a failing run of a mutant and turning it into a repro, for the sweep tests.

import type { Mutant } from '../mutants/index.ts';
import { reproOf, type Repro } from '../sim/repro.ts';
import { runOnce } from '../sim/runner.ts';
import type { Scenario } from '../sim/scenario.ts';
import { summarize } from '../sim/summary.ts';

/** The first (seed, scenario) in which the mutant's target fires, as a repro. */
export function firstRepro(mutant: Mutant, scenarios: readonly Scenario[], seeds: number): Repro | null {
  for (let seed = 1n; seed <= BigInt(seeds); seed++) {
    for (const scenario of scenarios) {
      const result = runOnce({ scenario, seed, sut: mutant });
      if (!result.violations.some((violation) => violation.invariant === mutant.targets)) continue;
      const summary = summarize(result);
      const repro = reproOf(summary, scenario.name, scenario, { kind: 'mutant', name: mutant.name }, 'test');
      // keep the targeted violation as the one to reproduce
      const violation = result.violations.find((v) => v.invariant === mutant.targets) ?? null;
      return { ...repro, violation };
    }
  }
  return null;
}
