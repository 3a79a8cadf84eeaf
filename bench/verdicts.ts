// Verdict digests: the guard for performance work on the world and the oracles. For every
// built-in scenario and seeds 1..N it runs the reference system and every `stride`-th
// mutant, and prints one line per (system, scenario): an FNV-1a hash over, in seed order,
// the seed, the verdict's kind and, for violations, each violation's invariant@step:subject;
// then the same over the runs' trace hashes. A change that speeds a run up must leave
// every verdict digest as it was (and, unless it changes the trace encoding on purpose,
// every trace digest too).
//
//   node --import tsx bench/verdicts.ts [seeds=2000] [stride=30] [shard=0/1] | sort > digests.txt
//   (stride 0: the reference alone; shards split the (system, scenario) pairs)
//   diff bench/verdicts-baseline.txt digests.txt     # the baseline is sorted, shards merged
//
// The baseline holds the digests for 2000 seeds, stride 30 (the reference and 6 mutants of
// 176 × 20 scenarios), regenerated after issue 13 changed every scenario's plans and added
// scenarios, fault options and mutants; ~7 minutes in two shards on this 2-core machine.

import { MUTANTS } from '../mutants/index.ts';
import { reference } from '../src/index.ts';
import type { SystemUnderTest } from '../src/ports.ts';
import { runOnce } from '../sim/runner.ts';
import { builtinScenarioNames, loadScenario } from '../sim/scenario-file.ts';
import type { Verdict } from '../sim/verdict.ts';
import { digestLine } from '../sim/digest.ts';

const [seedsText = '2000', strideText = '30', shardText = '0/1'] = process.argv.slice(2);
const seeds = Number(seedsText);
const stride = Number(strideText);
const [shard, shards] = shardText.split('/').map(Number) as [number, number];
if (!Number.isInteger(seeds) || seeds < 1) throw new Error(`seeds: expected a positive integer, got ${seedsText}`);
if (!Number.isInteger(stride) || stride < 0) throw new Error(`stride: expected an integer ≥ 0 (0: the reference alone), got ${strideText}`);
if (!(shards >= 1 && shard >= 0 && shard < shards)) throw new Error(`shard: expected k/m with 0 ≤ k < m, got ${shardText}`);

// stride 0: the reference alone
const systems: SystemUnderTest[] = [reference, ...(stride === 0 ? [] : MUTANTS.filter((_, index) => index % stride === 0))];
const scenarios = builtinScenarioNames().map((name) => loadScenario(name));

let pair = 0;
for (const sut of systems) {
  for (const scenario of scenarios) {
    if (pair++ % shards !== shard) continue;
    const runs: { seed: string; verdict: Verdict; hash: string }[] = [];
    for (let seed = 1; seed <= seeds; seed++) {
      const result = runOnce({ scenario, seed: BigInt(seed), sut });
      runs.push({ seed: String(seed), verdict: result.verdict, hash: result.hash });
      result.world?.trace.release();
    }
    console.log(digestLine(sut.name, scenario.name, runs));
  }
}
