// Throughput of one core: events/s and runs/s for a scenario, trace on (it always is).
// Not a test: numbers on a shared 2-core machine are noisy, so this prints the median and
// the spread of several rounds, and the target as a ratio.
//
//   npm run bench                       # mixed, 5 rounds of 1,000 seeds
//   npm run bench -- calm 3 500         # scenario, rounds, seeds per round

import { runOnce } from '../sim/runner.ts';
import { loadScenario } from '../sim/scenario-file.ts';

const TARGET_EVENTS_PER_SECOND = 2_000_000;
const [name = 'mixed', roundsText = '5', seedsText = '1000'] = process.argv.slice(2);
const scenario = loadScenario(name);
const rounds = Number(roundsText);
const seeds = Number(seedsText);

// warm-up: let the JIT settle before measuring
for (let seed = 1; seed <= 200; seed++) runOnce({ scenario, seed: BigInt(1_000_000 + seed) });

const rates: { events: number; runs: number }[] = [];
let seed = 1n;
for (let round = 0; round < rounds; round++) {
  let events = 0;
  const started = performance.now();
  for (let i = 0; i < seeds; i++) events += runOnce({ scenario, seed: seed++ }).events;
  const seconds = (performance.now() - started) / 1000;
  rates.push({ events: events / seconds, runs: seeds / seconds });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const eventsPerSecond = median(rates.map((r) => r.events));
const runsPerSecond = median(rates.map((r) => r.runs));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`scenario ${name}: ${rounds} rounds × ${seeds} seeds, one core, trace on`);
console.log(`events/s: ${fmt(eventsPerSecond)} median (min ${fmt(Math.min(...rates.map((r) => r.events)))}, max ${fmt(Math.max(...rates.map((r) => r.events)))})`);
console.log(`runs/s:   ${fmt(runsPerSecond)} median`);
console.log(`target:   ${fmt(TARGET_EVENTS_PER_SECOND)} events/s — measured/target = ${(eventsPerSecond / TARGET_EVENTS_PER_SECOND).toFixed(2)}`);
