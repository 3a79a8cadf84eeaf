// Does exhaustive exploration catch every mutant? For each mutant, explore --depth 1 over
// the directed scenarios (seed 1) in process, stopping at its first failing cell, within a
// per-mutant time budget. Prints one line per mutant and a summary.
//
//   node --import tsx bench/explore-mutants.ts [budget-seconds=30] [stride=1]

import { MUTANTS } from '../mutants/index.ts';
import { cells, learn } from '../sim/explore.ts';
import { runOnce } from '../sim/runner.ts';
import { builtinScenarioNames, loadScenario } from '../sim/scenario-file.ts';

const [budgetText = '30', strideText = '1'] = process.argv.slice(2);
const budgetMs = Number(budgetText) * 1000;
const directed = builtinScenarioNames()
  .filter((name) => !['mixed', 'calm', 'swarm', 'timing-swarm'].includes(name))
  .map((name) => loadScenario(name));
let caught = 0;
const missed: string[] = [];
const mutants = MUTANTS.filter((_, index) => index % Number(strideText) === 0);
for (const mutant of mutants) {
  const started = performance.now();
  let found: string | null = null;
  let tried = 0;
  search: for (const scenario of directed) {
    const points = learn(scenario, 1n, mutant);
    if (points.baseline.verdict.kind !== 'pass') {
      found = `${scenario.name}: the fault-free run already fails (${points.baseline.violations[0]?.invariant ?? points.baseline.verdict.kind})`;
      break;
    }
    for (const cell of cells(points, 1, 20_000, Math.max(1, scenario.faults.delayMsMax))) {
      tried++;
      const result = runOnce({ scenario, seed: 1n, sut: mutant, schedule: new Map(cell.schedule), plan: points.plan });
      result.world?.trace.release();
      if (result.verdict.kind !== 'pass') {
        found = `${scenario.name}: ${cell.faults.join(' + ')} → ${result.violations[0]?.invariant ?? result.verdict.kind}`;
        break search;
      }
      if (performance.now() - started > budgetMs) break search;
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (found !== null) caught++;
  else missed.push(mutant.name);
  process.stdout.write(`${found !== null ? 'caught' : 'MISSED'}  ${mutant.name.padEnd(44)} ${String(tried).padStart(6)} cells ${seconds.padStart(5)} s  ${found ?? ''}\n`);
}
process.stdout.write(`\n${caught}/${mutants.length} mutants fail at least one depth-1 cell of a directed scenario (seed 1, ${budgetText} s each)${missed.length > 0 ? `; missed: ${missed.join(', ')}` : ''}\n`);
