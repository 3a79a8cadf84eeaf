// Verdict digests: the guard for performance work on the world and the oracles. For every
// built-in scenario and seeds 1..N it runs the reference system and every `stride`-th
// mutant, and prints one line per (system, scenario): an FNV-1a hash over, in seed order,
// the seed, the verdict's kind and, for violations, each violation's invariant@step:subject;
// then the same over the runs' trace hashes. A change that speeds a run up must leave
// every verdict digest as it was (and, unless it changes the trace encoding on purpose,
// every trace digest too).
//
//   node --import tsx bench/verdicts.ts [seeds=2000] [stride=30] [shard=0/1] | sort > digests.txt
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

const [seedsText = '2000', strideText = '30', shardText = '0/1'] = process.argv.slice(2);
const seeds = Number(seedsText);
const stride = Number(strideText);
const [shard, shards] = shardText.split('/').map(Number) as [number, number];
if (!Number.isInteger(seeds) || seeds < 1) throw new Error(`seeds: expected a positive integer, got ${seedsText}`);
if (!Number.isInteger(stride) || stride < 1) throw new Error(`stride: expected a positive integer, got ${strideText}`);
if (!(shards >= 1 && shard >= 0 && shard < shards)) throw new Error(`shard: expected k/m with 0 ≤ k < m, got ${shardText}`);

const systems: SystemUnderTest[] = [reference, ...MUTANTS.filter((_, index) => index % stride === 0)];
const scenarios = builtinScenarioNames().map((name) => loadScenario(name));

/** 32-bit FNV-1a over a text, continuing from `hash`. */
function fold(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

function describe(verdict: Verdict): string {
  if (verdict.kind !== 'violation') return verdict.kind;
  return `${verdict.kind} ${verdict.violations.map((v) => `${v.invariant}@${v.step}:${v.subject}`).join(' ')}`;
}

const hex = (value: number) => (value >>> 0).toString(16).padStart(8, '0');

systems.forEach((sut, index) => {
  if (index % shards !== shard) return;
  for (const scenario of scenarios) {
    let verdicts = 0x811c9dc5 | 0;
    let traces = 0x811c9dc5 | 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const result = runOnce({ scenario, seed: BigInt(seed), sut });
      verdicts = fold(verdicts, `${seed} ${describe(result.verdict)}\n`);
      traces = fold(traces, `${seed} ${result.hash}\n`);
      result.world?.trace.release();
    }
    console.log(`${sut.name} ${scenario.name} verdicts=${hex(verdicts)} traces=${hex(traces)}`);
  }
});
