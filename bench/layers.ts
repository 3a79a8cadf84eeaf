// What each layer of a checked run costs per event: the same seeds run with the layers added
// one at a time, each configuration in a process of its own (so the compiler specialises
// for it alone), in interleaved rounds. The CPU profile (bench/profile.ts) is flat and
// credits inlined code to its caller; this gives the budget a missed target has to beat.
// Not a test.
//
//   node --import tsx bench/layers.ts [scenario=mixed] [seeds=600] [rounds=5]
//
// The layers, each run adding one to the one before:
//   bare world  the world, operators, system under test and the trace's step words; every
//               payload passed through as it is (Trace.sealValue replaced by the identity)
//   + sealing   payloads deep-frozen (sim/seal.ts), not hashed
//   + hashing   payloads hashed as well: an ordinary run with the invariants off
//   + facts     the facts, the situation detector and the oracles' fan-out, with all
//               fourteen invariants disabled
//   + rules     every invariant: an ordinary checked run
// and, for each invariant, a checked run without it alone (its marginal cost: what the
// checked run loses when it is disabled; the sum of the marginals need not equal the
// "+ rules" line, since rules share what the facts gather and the compiler's choices).

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);

interface Measured {
  readonly config: string;
  readonly events: number;
  readonly microseconds: number;
}

if (args[0] === '--child') {
  const [, config = 'on', name = 'mixed', seedsText = '600'] = args;
  const at = (path: string) => new URL(`../.build/${path}.js`, import.meta.url).href;
  const { runOnce } = (await import(at('sim/runner'))) as typeof import('../sim/runner.ts');
  const { loadScenario } = (await import(at('sim/scenario-file'))) as typeof import('../sim/scenario-file.ts');
  const { Trace } = (await import(at('sim/trace'))) as typeof import('../sim/trace.ts');
  const { seal } = (await import(at('sim/seal'))) as typeof import('../sim/seal.ts');
  const { INVARIANTS } = (await import(at('sim/invariants/index'))) as typeof import('../sim/invariants/index.ts');
  const ids = INVARIANTS.map((info) => info.id).filter((id) => id !== 'determinism');
  if (config === 'bare') Trace.prototype.sealValue = <T>(value: T): T => value;
  if (config === 'seal') Trace.prototype.sealValue = <T>(value: T): T => seal(value);
  const check = !['bare', 'seal', 'off'].includes(config);
  const disabled = config === 'facts' ? new Set(ids) : config.startsWith('-') ? new Set([config.slice(1)]) : new Set<string>();
  if (config.startsWith('-') && !ids.includes(config.slice(1))) throw new Error(`bench/layers.ts: no invariant ${config.slice(1)}`);
  const scenario = loadScenario(name);
  const seeds = Number(seedsText);
  // a warm-up of 200 seeds, or a third of the measured ones if fewer (long scenarios)
  const warmUp = Math.min(200, Math.max(2, Math.ceil(seeds / 3)));
  for (let seed = 1; seed <= warmUp; seed++) runOnce({ scenario, seed: BigInt(1_000_000 + seed), check, disabled }).world?.trace.release();
  let events = 0;
  const started = performance.now();
  for (let seed = 1; seed <= seeds; seed++) {
    const result = runOnce({ scenario, seed: BigInt(seed), check, disabled });
    events += result.countedEvents;
    result.world?.trace.release();
  }
  const measured: Measured = { config, events, microseconds: ((performance.now() - started) * 1000) / events };
  process.stdout.write(`${JSON.stringify(measured)}\n`);
  process.exit(0);
}

const [name = 'mixed', seedsText = '600', roundsText = '5'] = args;
const seeds = Number(seedsText);
const rounds = Number(roundsText);
if (!Number.isInteger(seeds) || seeds < 1 || !Number.isInteger(rounds) || rounds < 1) {
  process.stderr.write(`bench/layers.ts: expected [scenario] [seeds ≥ 1] [rounds ≥ 1], got ${args.join(' ')}\n`);
  process.exit(2);
}
const { buildIsFresh } = (await import(new URL('../sim/entry.mjs', import.meta.url).href)) as { buildIsFresh(): boolean };
if (!buildIsFresh()) spawnSync(process.execPath, ['sim/build.mjs'], { stdio: 'ignore' });
if (!buildIsFresh()) {
  process.stderr.write('bench/layers.ts: the build (.build/) is stale and `node sim/build.mjs` did not refresh it\n');
  process.exit(1);
}
const { INVARIANTS } = await import('../sim/invariants/index.ts');
const ids = INVARIANTS.map((info) => info.id).filter((id) => id !== 'determinism');
const LAYERS = ['bare', 'seal', 'off', 'facts', 'on'] as const;
const configs = [...LAYERS, ...ids.map((id) => `-${id}`)];
const times = new Map<string, number[]>(configs.map((config) => [config, []]));
const eventCounts = new Map<string, number>();

for (let round = 0; round < rounds; round++) {
  // a rotation per round, so that no configuration always runs first or last
  const order = configs.map((_, i) => configs[(i + round * 7) % configs.length] as string);
  for (const config of order) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', here, '--child', config, name, String(seeds)], { encoding: 'utf8' });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      process.stderr.write(`bench/layers.ts: the run of ${config} failed (exit ${child.status}):\n${child.stderr}`);
      process.exit(1);
    }
    const measured = JSON.parse(line) as Measured;
    times.get(config)?.push(measured.microseconds);
    eventCounts.set(config, measured.events);
  }
  process.stderr.write(`round ${round + 1} of ${rounds}\n`);
}

const distinct = new Set(eventCounts.values());
if (distinct.size !== 1) {
  process.stderr.write(`bench/layers.ts: the configurations made different runs (events: ${[...eventCounts].map(([c, n]) => `${c} ${n}`).join(', ')})\n`);
  process.exit(1);
}
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const range = (values: readonly number[]) => `${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
/** a − b round by round (both measured in the same round) */
const minus = (a: string, b: string) => (times.get(a) ?? []).map((x, i) => x - ((times.get(b) ?? [])[i] ?? x));
const total = median(times.get('on') ?? []);

console.log(`${seeds} seeds of ${name} (${[...distinct][0]?.toLocaleString('en-US')} events) per configuration, ${rounds} interleaved rounds, each configuration in its own process, compiled (.build/). µs per event: median of the rounds (min–max); "adds" is the difference to the layer above, round by round.\n`);
console.log('| layer | µs per event | adds | share of a checked run |\n|---|---:|---:|---:|');
const labels: Record<(typeof LAYERS)[number], string> = {
  bare: 'bare world: world, operators, system under test, step words (payloads neither sealed nor hashed)',
  seal: '+ sealing every payload (deep freeze)',
  off: '+ hashing every payload (= invariants off)',
  facts: '+ facts, situation detector, fan-out (every invariant disabled)',
  on: '+ the fourteen invariants (= invariants on)',
};
LAYERS.forEach((layer, index) => {
  const previous = index > 0 ? LAYERS[index - 1] : undefined;
  const adds = previous === undefined ? (times.get(layer) ?? []) : minus(layer, previous);
  console.log(`| ${labels[layer]} | ${range(times.get(layer) ?? [])} | ${range(adds)} | ${((100 * median(adds)) / total).toFixed(0)}% |`);
});
console.log('\nEach invariant\'s marginal cost (a checked run minus the same run without it, round by round), largest first:\n');
console.log('| invariant | µs per event | share |\n|---|---:|---:|');
const marginals = ids.map((id) => ({ id, values: minus('on', `-${id}`) })).sort((a, b) => median(b.values) - median(a.values));
for (const { id, values } of marginals) console.log(`| ${id} | ${range(values)} | ${((100 * median(values)) / total).toFixed(0)}% |`);
const sum = marginals.reduce((s, { values }) => s + median(values), 0);
console.log(`\nSum of the marginal medians: ${sum.toFixed(2)} µs per event, against ${median(minus('on', 'facts')).toFixed(2)} for all fourteen together.`);
