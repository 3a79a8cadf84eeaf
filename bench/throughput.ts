// Throughput of one core: events/s and runs/s for a scenario, trace on (it always is),
// with the invariants checked and without, in alternating rounds so that both see the
// same machine. Not a test: numbers on a shared 2-core machine are noisy, so this prints
// medians and spreads, and the target as a ratio.
//
//   npm run bench                       # mixed, 5 rounds of 1,000 seeds each way
//   npm run bench -- calm 3 500         # scenario, rounds, seeds per round

import { runOnce } from '../sim/runner.ts';
import { loadScenario } from '../sim/scenario-file.ts';

const TARGET_EVENTS_PER_SECOND = 2_000_000;
const [name = 'mixed', roundsText = '5', seedsText = '1000'] = process.argv.slice(2);
const scenario = loadScenario(name);
const rounds = Number(roundsText);
const seeds = Number(seedsText);

// warm-up: let the JIT settle before measuring
for (let seed = 1; seed <= 300; seed++) {
  runOnce({ scenario, seed: BigInt(1_000_000 + seed) });
  runOnce({ scenario, seed: BigInt(1_000_000 + seed), check: false });
}

const rates = { checked: [] as { events: number; runs: number }[], bare: [] as { events: number; runs: number }[] };
let seed = 1n;
for (let round = 0; round < rounds; round++) {
  for (const mode of ['checked', 'bare'] as const) {
    let events = 0;
    const first = seed;
    const started = performance.now();
    for (let i = 0n; i < BigInt(seeds); i++) events += runOnce({ scenario, seed: first + i, check: mode === 'checked' }).events;
    const seconds = (performance.now() - started) / 1000;
    rates[mode].push({ events: events / seconds, runs: seeds / seconds });
  }
  seed += BigInt(seeds);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`scenario ${name}: ${rounds} rounds × ${seeds} seeds each way, one core, trace on`);
for (const mode of ['bare', 'checked'] as const) {
  const events = rates[mode].map((r) => r.events);
  console.log(
    `${mode === 'bare' ? 'world only     ' : 'with invariants'}: ${fmt(median(events))} events/s median (min ${fmt(Math.min(...events))}, max ${fmt(Math.max(...events))}), ${fmt(median(rates[mode].map((r) => r.runs)))} runs/s`,
  );
}
const bare = median(rates.bare.map((r) => r.events));
const checked = median(rates.checked.map((r) => r.events));
console.log(`invariants cost: ${((1 - checked / bare) * 100).toFixed(0)}% of throughput`);
console.log(`target ${fmt(TARGET_EVENTS_PER_SECOND)} events/s, trace on: world only ${(bare / TARGET_EVENTS_PER_SECOND).toFixed(2)}×, with invariants ${(checked / TARGET_EVENTS_PER_SECOND).toFixed(2)}×`);
