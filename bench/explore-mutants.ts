// Does exhaustive exploration catch every mutant? For each mutant, explore the directed
// scenarios (seed 1) in process — every single fault (depth 1), then, for a mutant no
// single fault catches, pairs grown from each single's own run (depth 2) — stopping at its
// first failing cell, within a per-mutant time budget. Prints one line per mutant and a
// summary.
//
//   node --import tsx bench/explore-mutants.ts [budget-seconds=30] [stride=1] [pairs-per-scenario=4000] [only=name,name] [depths=1,2]

import { MUTANTS } from '../mutants/index.ts';
import { type Cell, cells, decisionPoints, learn, pairCells, timingOf } from '../sim/explore.ts';
import { runOnce } from '../sim/runner.ts';
import { builtinScenarioNames, loadScenario } from '../sim/scenario-file.ts';

const [budgetText = '30', strideText = '1', pairsText = '4000', onlyText = '', depthsText = '1,2'] = process.argv.slice(2);
const depths = depthsText.split(',').map(Number) as (1 | 2)[];
const budgetMs = Number(budgetText) * 1000;
const only = new Set(onlyText.split(',').filter((name) => name !== ''));
const directed = builtinScenarioNames()
  .filter((name) => !['mixed', 'calm', 'swarm', 'timing-swarm'].includes(name))
  .map((name) => loadScenario(name));
let caught = 0;
const missed: string[] = [];
const mutants = MUTANTS.filter((mutant, index) => (only.size > 0 ? only.has(mutant.name) : index % Number(strideText) === 0));
for (const mutant of mutants) {
  const started = performance.now();
  let found: string | null = null;
  let tried = 0;
  let timedOut = false;
  search: for (const depth of depths) {
    for (const scenario of directed) {
      const points = learn(scenario, 1n, mutant);
      if (points.baseline.verdict.kind !== 'pass') {
        found = `${scenario.name}: the fault-free run already fails (${points.baseline.violations[0]?.invariant ?? points.baseline.verdict.kind})`;
        break search;
      }
      const timing = timingOf(scenario);
      const todo: Cell[] = depth === 1 ? cells(points, Number.MAX_SAFE_INTEGER, timing) : pairCells(points, Number(pairsText), timing, (schedule) => decisionPoints(scenario, 1n, mutant, points.plan, schedule));
      for (const cell of todo) {
        tried++;
        const result = runOnce({ scenario, seed: 1n, sut: mutant, schedule: new Map(cell.schedule), plan: points.plan });
        result.world?.trace.release();
        if (result.verdict.kind !== 'pass') {
          found = `depth ${depth}, ${scenario.name}: ${cell.faults.join(' + ')} → ${result.violations[0]?.invariant ?? result.verdict.kind}`;
          break search;
        }
        if (performance.now() - started > budgetMs) {
          timedOut = true;
          break search;
        }
      }
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (found !== null) caught++;
  else missed.push(`${mutant.name}${timedOut ? ' (out of time)' : ''}`);
  process.stdout.write(`${found !== null ? 'caught' : 'MISSED'}  ${mutant.name.padEnd(44)} ${String(tried).padStart(7)} cells ${seconds.padStart(6)} s  ${found ?? (timedOut ? 'out of time' : 'every cell held')}\n`);
}
process.stdout.write(`\n${caught}/${mutants.length} mutants fail a cell of a directed scenario (seed 1, depth ${depths.join(' then ')}, ${budgetText} s each)${missed.length > 0 ? `; missed: ${missed.join(', ')}` : ''}\n`);
