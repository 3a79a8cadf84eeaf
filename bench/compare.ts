// Throughput of two copies of the harness in one process: a saved copy of the tree before a
// change and this one, run in alternating rounds over the same seeds, with the invariants
// checked and without, in events per CPU second. On a shared 2-core machine absolute
// figures wander by tens of percent; alternating rounds in one process makes the ratio
// between the two copies the figure to trust. Each copy has its own modules (and so its
// own JIT feedback).
//
//   node --import tsx bench/compare.ts /tmp/before [scenario=mixed] [rounds=5] [seeds=500]

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { runOnce as RunOnce } from '../sim/runner.ts';
import type { loadScenario as LoadScenario } from '../sim/scenario-file.ts';

const [beforeRoot, name = 'mixed', roundsText = '5', seedsText = '500'] = process.argv.slice(2);
if (beforeRoot === undefined) throw new Error('usage: compare.ts <root of the copy before the change> [scenario] [rounds] [seeds]');
const rounds = Number(roundsText);
const seeds = Number(seedsText);

interface Copy {
  readonly label: string;
  readonly runOnce: typeof RunOnce;
  readonly scenario: ReturnType<typeof LoadScenario>;
}

async function load(label: string, root: string): Promise<Copy> {
  const runner = (await import(pathToFileURL(resolve(root, 'sim/runner.ts')).href)) as { runOnce: typeof RunOnce };
  const files = (await import(pathToFileURL(resolve(root, 'sim/scenario-file.ts')).href)) as { loadScenario: typeof LoadScenario };
  return { label, runOnce: runner.runOnce, scenario: files.loadScenario(name) };
}

const copies = [await load('before', beforeRoot), await load('after', resolve(import.meta.dirname, '..'))];

/** Events per CPU second (all of the process's threads: GC helpers count) over `seeds`
 * runs from `first`. CPU time rather than wall time: another session's load on the
 * machine then delays a round without charging it to either copy. */
function measure(copy: Copy, first: number, check: boolean): number {
  let events = 0;
  const started = process.cpuUsage();
  for (let seed = first; seed < first + seeds; seed++) {
    const result = copy.runOnce({ scenario: copy.scenario, seed: BigInt(seed), check });
    events += result.events;
    result.world?.trace.release();
  }
  const used = process.cpuUsage(started);
  return events / ((used.user + used.system) / 1e6);
}

// warm-up: let the JIT settle on both copies before measuring
for (const copy of copies) for (const check of [true, false]) measure(copy, 1_000_000, check);

const rates = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
  const first = 1 + round * seeds;
  // alternate which copy goes first, so neither always runs on a warmer machine
  const order = round % 2 === 0 ? copies : [...copies].reverse();
  for (const check of [true, false]) {
    for (const copy of order) {
      const key = `${copy.label} ${check ? 'checked' : 'bare'}`;
      rates.set(key, [...(rates.get(key) ?? []), measure(copy, first, check)]);
    }
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`scenario ${name}: ${rounds} rounds × ${seeds} seeds, each copy, checked and bare`);
for (const mode of ['checked', 'bare']) {
  const before = rates.get(`before ${mode}`) ?? [];
  const after = rates.get(`after ${mode}`) ?? [];
  const ratios = after.map((rate, index) => rate / (before[index] ?? rate));
  console.log(
    `${mode.padEnd(7)}: before ${fmt(median(before))} (${fmt(Math.min(...before))}–${fmt(Math.max(...before))}), after ${fmt(median(after))} (${fmt(Math.min(...after))}–${fmt(Math.max(...after))}) events/s; after/before ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)})`,
  );
}
