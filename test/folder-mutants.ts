// The red teams' --sut modules (mutants/red-team-*/, every file but the correct-* systems)
// as a regression guard. The catalogue holds only the survivors of their time; the other
// ~320 were caught when written, and nothing but this hunt keeps them caught. Each is run
// in process, seed-major over the built-in scenarios, until its first run that does not
// pass; one that passes every run is then re-run seed by seed and its trace hashes compared
// (a second run in the same process, in reverse order, starts from whatever module-level
// state the first left: what clause 12's determinism catches, e.g. a counter shared across
// runs).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SystemUnderTest } from '../src/ports.ts';
import { runOnce } from '../sim/runner.ts';
import { builtinScenarioNames, loadScenario } from '../sim/scenario-file.ts';
import type { Scenario } from '../sim/scenario.ts';

const ROOT = join(import.meta.dirname, '..');

export interface FolderHunt {
  readonly file: string;
  /** how it was caught ("violation: cp.no-replay at mixed seed 1"), or null: it passed */
  readonly caught: string | null;
  readonly runs: number;
}

/** The --sut modules of every red-team folder, correct systems left out, by path from the root. */
export function folderMutantFiles(): string[] {
  const files: string[] = [];
  for (const folder of readdirSync(join(ROOT, 'mutants')).filter((name) => /^red-team(-\d+)?$/.test(name)).sort()) {
    for (const name of readdirSync(join(ROOT, 'mutants', folder)).sort()) {
      if (name.endsWith('.ts') && !name.startsWith('correct-') && !name.startsWith('_')) files.push(`mutants/${folder}/${name}`);
    }
  }
  return files;
}

export async function huntFolderMutant(file: string, seeds: number, scenarios: readonly Scenario[] = builtinScenarioNames().map((name) => loadScenario(name))): Promise<FolderHunt> {
  const loaded = (await import(pathToFileURL(join(ROOT, file)).href)) as { default?: SystemUnderTest; huntSeeds?: unknown };
  const sut = loaded.default;
  // a mutant whose bug needs a rare situation says how many seeds it takes to meet one
  if (typeof loaded.huntSeeds === 'number' && loaded.huntSeeds > seeds) seeds = loaded.huntSeeds;
  if (sut === undefined || typeof sut.createControlPlane !== 'function') return { file, caught: 'not a system under test (no default export with createControlPlane)', runs: 0 };
  const hashes: string[] = [];
  let runs = 0;
  for (let seed = 1n; seed <= BigInt(seeds); seed++) {
    for (const scenario of scenarios) {
      const result = runOnce({ scenario, seed, sut });
      runs++;
      hashes.push(result.hash);
      result.world?.trace.release();
      if (result.verdict.kind !== 'pass') {
        const what = result.verdict.kind === 'violation' ? `violation: ${[...new Set(result.verdict.violations.map((v) => v.invariant))].join(', ')}` : result.verdict.kind;
        return { file, caught: `${what} at ${scenario.name} seed ${seed}`, runs };
      }
    }
  }
  // the second pass in reverse order, as a sweep's determinism re-run goes: module state
  // that leaks between runs then has another history at each run (in the same order, red
  // team 20's process-wide "least served first" map showed a difference only by the luck of
  // which scenarios came first, and a 23rd scenario hid it)
  for (let index = hashes.length - 1; index >= 0; index--) {
    const seed = BigInt(Math.floor(index / scenarios.length) + 1);
    const scenario = scenarios[index % scenarios.length] as Scenario;
    const result = runOnce({ scenario, seed, sut });
    runs++;
    result.world?.trace.release();
    if (result.hash !== hashes[index]) return { file, caught: `determinism: ${scenario.name} seed ${seed} ran twice in one process gave ${hashes[index]} and ${result.hash}`, runs };
  }
  return { file, caught: null, runs };
}
