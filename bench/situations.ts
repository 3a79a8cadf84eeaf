// Situation counts per scenario over seeds 1..N (in process): how many seeds reached each
// situation, with the strict definitions beside the loose ones they refine.
//
//   node --import tsx bench/situations.ts [seeds=1000] [scenario,scenario…]

import { runOnce } from '../sim/runner.ts';
import { builtinScenarioNames, loadScenario } from '../sim/scenario-file.ts';


const [seedsText = '1000', only] = process.argv.slice(2);
const seeds = Number(seedsText);
const names = only !== undefined ? only.split(',') : builtinScenarioNames();
const pairs: [string, string][] = [
  ['cp-crash-before-dispatch', 'cp-crash-confirmed-undispatched'],
  ['kernel-timeout', 'query-during-dispatch'],
];
process.stdout.write(`| scenario | ${pairs.map(([loose, strict]) => `${loose} | ${strict}`).join(' | ')} |\n|---|${pairs.map(() => '---:|---:|').join('')}\n`);
for (const name of names) {
  const scenario = loadScenario(name);
  const counts = new Map<string, number>();
  for (let seed = 1n; seed <= BigInt(seeds); seed++) {
    const result = runOnce({ scenario, seed });
    for (const id of result.situations) counts.set(id, (counts.get(id) ?? 0) + 1);
    result.world?.trace.release();
  }
  process.stdout.write(`| ${name} | ${pairs.map(([loose, strict]) => `${counts.get(loose) ?? 0} | ${counts.get(strict) ?? 0}`).join(' | ')} |\n`);
}

