// Whether a run's cost per event stays flat as the run grows: `mixed` and the same workload
// with 4× and 16× the operator actions (bench/scenarios/mixed-long120.json, -long480.json),
// about the same number of events in all, with the invariants off, with the facts alone
// (every invariant disabled) and on. Work that scans what the run has gathered so far
// (every request, every message) costs O(events) per event, O(events²) per run: it shows
// here as µs per event that grows with the run's length, where ~1,000-event scenarios
// hide it. Each (scenario, configuration) runs in a process of its own (bench/layers.ts's
// child), in interleaved rotated rounds. Not a test.
//
//   node --import tsx bench/scaling.ts [rounds=5] [events per cell ≈ 600000] [other checkout]
//
// With another checkout (a worktree of an earlier commit, built: `node sim/build.mjs` there,
// and holding bench/layers.ts and bench/scenarios/), its cells run in the same rounds,
// interleaved with this one's: before and after, measured together.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [roundsText = '5', budgetText = '600000', other = ''] = process.argv.slice(2);
const rounds = Number(roundsText);
const budget = Number(budgetText);
if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(budget) || budget < 10_000) {
  process.stderr.write(`bench/scaling.ts: expected [rounds ≥ 1] [events per cell ≥ 10000], got ${process.argv.slice(2).join(' ')}\n`);
  process.exit(2);
}
const here = fileURLToPath(new URL('..', import.meta.url));
const CHECKOUTS = other === '' ? [here] : [resolve(other), here];
for (const checkout of CHECKOUTS) {
  if (!existsSync(join(checkout, 'bench/layers.ts')) || !existsSync(join(checkout, '.build/stamp.json'))) {
    process.stderr.write(`bench/scaling.ts: ${checkout} has no bench/layers.ts or no build (.build/): copy bench/layers.ts there and run \`node sim/build.mjs\` in it\n`);
    process.exit(2);
  }
}
// (events per run, measured: ~1,000 for mixed, ~4,100 and ~16,700 for the long ones)
const SCENARIOS = [
  { name: 'mixed', label: 'mixed (30 actions per operator)', perRun: 1_000 },
  { name: 'bench/scenarios/mixed-long120.json', label: 'mixed, 120 actions', perRun: 4_100 },
  { name: 'bench/scenarios/mixed-long480.json', label: 'mixed, 480 actions', perRun: 16_700 },
];
const CONFIGS = ['off', 'facts', 'on'] as const;
// the two checkouts' runs of a (scenario, configuration) side by side, the one first in
// odd rounds second in even ones: on a noisy machine their ratio is the figure to read
const pairs = SCENARIOS.flatMap((scenario) => CONFIGS.map((config) => ({ scenario, config })));
const times = new Map<string, number[]>();
const perRun = new Map<string, number>();

for (let round = 0; round < rounds; round++) {
  const rotated = pairs.map((_, i) => pairs[(i + round * 4) % pairs.length]!);
  const checkouts = round % 2 === 0 ? CHECKOUTS : [...CHECKOUTS].reverse();
  const order = rotated.flatMap((pair) => checkouts.map((checkout) => ({ checkout, ...pair })));
  for (const { checkout, scenario, config } of order) {
    const seeds = Math.max(4, Math.round(budget / scenario.perRun));
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(checkout, 'bench/layers.ts'), '--child', config, scenario.name, String(seeds)], { encoding: 'utf8', cwd: here });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      process.stderr.write(`bench/scaling.ts: the run of ${scenario.name} ${config} failed (exit ${child.status}):\n${child.stderr}`);
      process.exit(1);
    }
    const measured = JSON.parse(line) as { events: number; microseconds: number };
    const key = `${checkout} ${scenario.name} ${config}`;
    if (!times.has(key)) times.set(key, []);
    times.get(key)!.push(measured.microseconds);
    // (every cell of a scenario runs the same seeds: the same events, or the runs differ)
    const previous = perRun.get(scenario.name);
    if (previous !== undefined && previous !== measured.events / seeds) {
      process.stderr.write(`bench/scaling.ts: ${scenario.name} made ${measured.events / seeds} events per run in ${checkout} ${config}, ${previous} in another cell: the runs differ\n`);
      process.exit(1);
    }
    perRun.set(scenario.name, measured.events / seeds);
  }
  process.stderr.write(`round ${round + 1} of ${rounds}\n`);
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const range = (values: readonly number[]) => `${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
console.log(`${rounds} interleaved rounds, ~${budget.toLocaleString('en-US')} events per cell, each cell in its own process, compiled (.build/). µs per event: median of the rounds (min–max).\n`);
console.log(`| ${CHECKOUTS.length > 1 ? 'checkout | ' : ''}scenario | events per run | invariants off | facts only | invariants on | on ÷ mixed on |\n|${CHECKOUTS.length > 1 ? '---|' : ''}---|---:|---:|---:|---:|---:|`);
for (const checkout of CHECKOUTS) {
  const base = median(times.get(`${checkout} mixed on`) ?? []);
  for (const scenario of SCENARIOS) {
    const get = (config: string) => times.get(`${checkout} ${scenario.name} ${config}`) ?? [];
    const label = CHECKOUTS.length > 1 ? `${checkout === here ? 'this' : other} | ` : '';
    console.log(`| ${label}${scenario.label} | ${Math.round(perRun.get(scenario.name) ?? 0).toLocaleString('en-US')} | ${range(get('off'))} | ${range(get('facts'))} | ${range(get('on'))} | ${(median(get('on')) / base).toFixed(2)}× |`);
  }
}
if (CHECKOUTS.length > 1) {
  const [before, after] = CHECKOUTS as [string, string];
  console.log(`\nThis checkout ÷ ${other}, round by round (the two runs of a round side by side): median (min–max); below 1 is faster.\n`);
  console.log('| scenario | invariants off | facts only | invariants on |\n|---|---:|---:|---:|');
  for (const scenario of SCENARIOS) {
    const ratio = (config: string) => {
      const a = times.get(`${after} ${scenario.name} ${config}`) ?? [];
      const b = times.get(`${before} ${scenario.name} ${config}`) ?? [];
      return range(a.map((x, i) => x / (b[i] ?? x)));
    };
    console.log(`| ${scenario.label} | ${ratio('off')} | ${ratio('facts')} | ${ratio('on')} |`);
  }
}
