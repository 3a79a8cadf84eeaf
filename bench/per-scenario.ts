// What one checked run of each built-in scenario costs, in process, on the compiled harness:
// milliseconds per run and microseconds per event, the same seeds for each scenario after a
// warm-up over all of them. 100,000 runs of `all` cost their mean times 100,000 of CPU
// (two cores at best halve it): the budget issue 11's "100 k runs < 60 s" has to meet. Not a test.
//
//   node --import tsx bench/per-scenario.ts [seeds=150]

import { spawnSync } from 'node:child_process';
import type { runOnce as RunOnce } from '../sim/runner.ts';
import type { builtinScenarioNames as Names, loadScenario as LoadScenario } from '../sim/scenario-file.ts';

const { buildIsFresh } = (await import(new URL('../sim/entry.mjs', import.meta.url).href)) as { buildIsFresh(): boolean };
if (!buildIsFresh()) spawnSync(process.execPath, ['sim/build.mjs'], { stdio: 'ignore' });
const from = (path: string) => (buildIsFresh() ? `../.build/${path}.js` : `../${path}.ts`);
const { runOnce } = (await import(from('sim/runner'))) as { runOnce: typeof RunOnce };
const { loadScenario, builtinScenarioNames } = (await import(from('sim/scenario-file'))) as { loadScenario: typeof LoadScenario; builtinScenarioNames: typeof Names };

const seeds = Number(process.argv[2] ?? 150);
const scenarios = builtinScenarioNames().map((name) => loadScenario(name));
for (const scenario of scenarios) for (let seed = 1; seed <= 40; seed++) runOnce({ scenario, seed: BigInt(900_000 + seed), check: true }).world?.trace.release();

let totalMs = 0;
let totalEvents = 0;
process.stdout.write(`${seeds} seeds of each built-in scenario, invariants on\n\n| scenario | ms per run | events per run | µs per event |\n|---|---:|---:|---:|\n`);
for (const scenario of scenarios) {
  let events = 0;
  const started = performance.now();
  for (let seed = 1; seed <= seeds; seed++) {
    const result = runOnce({ scenario, seed: BigInt(seed), check: true });
    events += result.countedEvents;
    result.world?.trace.release();
  }
  const ms = performance.now() - started;
  totalMs += ms;
  totalEvents += events;
  process.stdout.write(`| ${scenario.name} | ${(ms / seeds).toFixed(2)} | ${(events / seeds).toFixed(0)} | ${((ms * 1000) / events).toFixed(2)} |\n`);
}
const runs = seeds * scenarios.length;
process.stdout.write(`| **all ${scenarios.length}** | **${(totalMs / runs).toFixed(2)}** | **${(totalEvents / runs).toFixed(0)}** | **${((totalMs * 1000) / totalEvents).toFixed(2)}** |\n\n100,000 runs of all: ${((totalMs / runs) * 100).toFixed(0)} s of one core at this rate.\n`);
