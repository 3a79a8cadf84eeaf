// The mutation score of the oracles: the reference and every mutant run over a set of
// scenarios, seed by seed, until the mutant's targeted invariant fires. A mutant survives
// if its target never fires within the seeds; the reference must never fail at all.

import type { Mutant } from '../mutants/index.ts';
import { reference } from '../src/index.ts';
import type { SystemUnderTest } from '../src/ports.ts';
import { wallNow } from './clock.ts';
import { checkDeterminism } from './determinism.ts';
import type { WorkerPool } from './pool.ts';
import type { Scenario } from './scenario.ts';
import type { RunSummary } from './summary.ts';
import { REFERENCE, type SutRef } from './sut.ts';

export interface MutantRow {
  readonly mutant: string;
  readonly targets: string;
  readonly caught: boolean;
  /** every invariant (or verdict kind) that fired in the first failing run */
  readonly by: readonly string[];
  /** the seed at which the target first fired (or the last seed tried) */
  readonly seeds: number;
  readonly scenario: string;
  readonly wallMs: number;
}

export interface ReferenceRow {
  readonly runs: number;
  readonly failures: number;
  /** failing invariant or verdict kind → runs */
  readonly byInvariant: Readonly<Record<string, number>>;
  readonly firstFailure: string | null;
  readonly determinismChecks: number;
  readonly wallMs: number;
}

/** Seeds re-run in another isolate to check determinism: the first, and 1 in 16. */
function sampled(seed: number): boolean {
  return seed === 1 || seed % 16 === 0;
}

const BATCH = 25;

/** What failed in a run, as invariant ids (or the verdict kind if not a violation). */
export function failedInvariants(summary: RunSummary): string[] {
  const verdict = summary.verdict;
  if (verdict.kind === 'pass') return [];
  if (verdict.kind !== 'violation') return [verdict.kind];
  return [...new Set(verdict.violations.map((violation) => violation.invariant))];
}

async function hunt(
  pool: WorkerPool,
  scenarios: readonly Scenario[],
  seeds: number,
  sut: SystemUnderTest,
  ref: SutRef,
  stopWhen: (failed: readonly string[]) => boolean,
  onFailure: (summary: RunSummary, failed: readonly string[]) => void,
): Promise<{ seed: number; scenario: string; failed: readonly string[] } | null> {
  // a ramp (seed 1, then 2–4, then BATCH at a time): most mutants fail at seed 1, and a
  // first batch of BATCH seeds × every scenario would cost them ~25 times the runs
  for (let start = 1, size = 1; start <= seeds; start += size, size = Math.min(BATCH, size * 3)) {
    const batch: string[] = [];
    for (let seed = start; seed < start + size && seed <= seeds; seed++) batch.push(String(seed));
    const perScenario = await Promise.all(scenarios.map((scenario) => pool.run(scenario, batch, ref)));
    const determinism = await Promise.all(
      scenarios.map((scenario) => checkDeterminism(pool, scenario, batch.filter((seed) => sampled(Number(seed))), sut, ref)),
    );
    for (let index = 0; index < batch.length; index++) {
      for (let s = 0; s < scenarios.length; s++) {
        const summary = perScenario[s]?.[index];
        if (summary === undefined) continue;
        const failed = failedInvariants(summary);
        const seed = summary.seed;
        if (determinism[s]?.violations.some((violation) => violation.subject.endsWith(`seed ${seed}`)) === true) failed.push('determinism');
        if (failed.length === 0) continue;
        onFailure(summary, failed);
        if (stopWhen(failed)) return { seed: Number(seed), scenario: summary.scenario, failed };
      }
    }
  }
  return null;
}

export async function scoreReference(pool: WorkerPool, scenarios: readonly Scenario[], seeds: number): Promise<ReferenceRow> {
  const started = wallNow();
  const byInvariant: Record<string, number> = {};
  let failures = 0;
  let firstFailure: string | null = null;
  await hunt(pool, scenarios, seeds, reference, REFERENCE, () => false, (summary, failed) => {
    failures++;
    firstFailure ??= `${summary.scenario} seed ${summary.seed}: ${failed.join(', ')}`;
    for (const id of failed) byInvariant[id] = (byInvariant[id] ?? 0) + 1;
  });
  const sampledSeeds = Array.from({ length: seeds }, (_, i) => i + 1).filter(sampled).length;
  return {
    runs: seeds * scenarios.length,
    failures,
    byInvariant,
    firstFailure,
    determinismChecks: sampledSeeds * scenarios.length,
    wallMs: Math.round(wallNow() - started),
  };
}

export async function scoreMutant(pool: WorkerPool, scenarios: readonly Scenario[], seeds: number, mutant: Mutant): Promise<MutantRow> {
  const started = wallNow();
  let firstAny: { seed: number; scenario: string; failed: readonly string[] } | null = null;
  const hit = await hunt(
    pool,
    scenarios,
    seeds,
    mutant,
    { kind: 'mutant', name: mutant.name },
    (failed) => failed.includes(mutant.targets),
    (summary, failed) => {
      firstAny ??= { seed: Number(summary.seed), scenario: summary.scenario, failed };
    },
  );
  const found = hit ?? firstAny;
  return {
    mutant: mutant.name,
    targets: mutant.targets,
    caught: hit !== null,
    by: found?.failed ?? [],
    seeds: hit?.seed ?? seeds,
    scenario: found?.scenario ?? '',
    wallMs: Math.round(wallNow() - started),
  };
}

