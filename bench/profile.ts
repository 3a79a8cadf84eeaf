// Where a checked run's time goes: a CPU profile of seeds of one scenario (in process,
// after a warm-up), its self time summed by part of the harness. Not a test; printed as
// markdown for bench/RESULTS.md's "where the time goes".
//
//   node --import tsx bench/profile.ts [scenario=mixed] [seeds=1500] [on|off]

import { spawnSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import type { runOnce as RunOnce } from '../sim/runner.ts';
import type { loadScenario as LoadScenario } from '../sim/scenario-file.ts';

// the harness as the bin runs it: compiled in .build/ (built if stale), not through tsx,
// whose keepNames adds a run-time naming call per closure
const { buildIsFresh } = (await import(new URL('../sim/entry.mjs', import.meta.url).href)) as { buildIsFresh(): boolean };
if (!buildIsFresh()) spawnSync(process.execPath, ['sim/build.mjs'], { stdio: 'ignore' });
const compiled = buildIsFresh();
const from = (path: string) => (compiled ? `../.build/${path}.js` : `../${path}.ts`);
const { runOnce } = (await import(from('sim/runner'))) as { runOnce: typeof RunOnce };
const { loadScenario } = (await import(from('sim/scenario-file'))) as { loadScenario: typeof LoadScenario };

const [name = 'mixed', seedsText = '1500', mode = 'on'] = process.argv.slice(2);
const scenario = loadScenario(name);
const seeds = Number(seedsText);
const check = mode !== 'off';
for (let seed = 1; seed <= 300; seed++) runOnce({ scenario, seed: BigInt(1_000_000 + seed), check }).world?.trace.release();

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
let events = 0;
const started = performance.now();
for (let seed = 1; seed <= seeds; seed++) {
  const result = runOnce({ scenario, seed: BigInt(seed), check });
  events += result.countedEvents;
  result.world?.trace.release();
}
const seconds = (performance.now() - started) / 1000;
const { profile } = await session.post('Profiler.stop');

/** The part of the harness a source file belongs to. */
function part(url: string, fn: string): string {
  if (fn === '(garbage collector)') return 'garbage collection';
  if (url.includes('/sim/invariants/') || url.includes('/sim/reference-model')) return 'oracles (sim/invariants, reference model)';
  if (url.includes('/sim/situations')) return 'situation detector (coverage)';
  if (url.includes('/sim/trace')) return 'trace (hashing every step)';
  if (url.includes('/sim/world') || url.includes('/sim/event-queue') || url.includes('/sim/decisions') || url.includes('/sim/rng') || url.includes('/sim/triggers')) return 'world (queue, network, faults, ports)';
  if (url.includes('/sim/operator') || url.includes('/sim/workload') || url.includes('/sim/invalid-operation')) return 'operators and workload';
  if (url.includes('/src/')) return 'system under test (src/)';
  if (url.includes('/sim/')) return 'rest of sim/';
  return 'Node and V8 (builtins, other)';
}
const self = new Map<number, number>();
for (let i = 0; i < profile.samples!.length; i++) self.set(profile.samples![i]!, (self.get(profile.samples![i]!) ?? 0) + (profile.timeDeltas![i] ?? 0));
const byPart = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
for (const node of profile.nodes) {
  const time = self.get(node.id) ?? 0;
  if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
  total += time;
  const key = part(node.callFrame.url, node.callFrame.functionName);
  byPart.set(key, (byPart.get(key) ?? 0) + time);
  const where = `${node.callFrame.functionName || '(anonymous)'} (${node.callFrame.url.split('/').slice(-2).join('/')})`;
  byFunction.set(where, (byFunction.get(where) ?? 0) + time);
}
const perEvent = (seconds * 1e6) / events;
console.log(`${seeds} seeds of ${name}, invariants ${check ? 'on' : 'off'}, ${compiled ? 'compiled (.build/)' : 'through tsx (the build failed)'}: ${Math.round(events / seconds).toLocaleString('en-US')} events/s (${perEvent.toFixed(2)} µs per event, profiler on)\n`);
console.log('| part | share | µs per event |\n|---|---:|---:|');
for (const [key, time] of [...byPart].sort((a, b) => b[1] - a[1])) console.log(`| ${key} | ${((100 * time) / total).toFixed(1)}% | ${((perEvent * time) / total).toFixed(2)} |`);
console.log('\nLargest functions by self time:\n');
console.log([...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 12)).map(([key, time]) => `${key} ${((100 * time) / total).toFixed(1)}%`).join(', '));
