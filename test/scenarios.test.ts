// Scenarios: strict validation with exact messages; every directed scenario produces its
// situations (as the detector sees them in the trace) in ≥ 99% of seeds, with distinct
// traces, and the reference passes them; swarm switches every fault kind on and off; and
// each mutant is caught by some directed scenario.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MUTANTS } from '../mutants/index.ts';
import { main } from '../sim/cli.ts';
import { unpackAnchor, type Fate } from '../sim/decisions.ts';
import { builtinScenarioNames, loadScenario } from '../sim/scenario-file.ts';
import { SWARM_KINDS } from '../sim/swarm.ts';
import { run, testSeeds } from './kit.ts';

const BAD = 'test/bad-scenarios';
const DIRECTED = builtinScenarioNames().filter((name) => !['mixed', 'calm', 'swarm', 'timing-swarm'].includes(name));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (text) => void (out += `${text}\n`), err: (text) => void (err += `${text}\n`) });
  return { code, out, err };
}

test('at least 15 bad scenario files, each rejected with exactly its expected message', async () => {
  const files = readdirSync(BAD).filter((file) => file.endsWith('.json')).sort();
  assert.ok(files.length >= 15, `${files.length} bad files`);
  for (const file of files) {
    const path = `${BAD}/${file}`;
    const expected = readFileSync(path.replace(/\.json$/, '.expected'), 'utf8');
    const { code, out, err } = await cli(['scenarios', 'validate', path]);
    assert.is(code, 2, file);
    assert.is(err, expected, file);
    assert.is(out, '');
    assert.not.match(err, /\n\s+at /, `${file}: no stack trace`);
  }
});

test('every built-in scenario validates', async () => {
  const { code, out } = await cli(['scenarios', 'validate', ...builtinScenarioNames().map((name) => `scenarios/${name}.json`)]);
  assert.is(code, 0);
  assert.is(out.split('\n').filter((line) => line.endsWith(': ok')).length, builtinScenarioNames().length);
});

test('run validates a scenario file the same way, in a separate process: exit 2, the same message', () => {
  const file = `${BAD}/04-probability-above-one.json`;
  const result = spawnSync(process.execPath, [resolve('bin/aerosim.mjs'), 'run', '--scenario', file, '--seed', '1'], { encoding: 'utf8' });
  assert.is(result.status, 2);
  const expected = readFileSync(file.replace('.json', '.expected'), 'utf8').trim();
  assert.is(result.stderr.split('\n')[0], `aerosim: ${expected}`);
});

test('scenarios list names every directed scenario with its clauses', async () => {
  const { code, out } = await cli(['scenarios', 'list']);
  assert.is(code, 0);
  for (const name of DIRECTED) assert.match(out, new RegExp(`^${name}\\s+\\d`, 'm'));
  assert.ok(DIRECTED.length >= 12, `${DIRECTED.length} directed scenarios`);
});

test('each directed scenario produces its situations in ≥ 99% of seeds, distinct traces, and the reference passes', () => {
  // (npm run verify: 1,000 seeds of each, every seed reaching every situation)
  const seeds = testSeeds(25);
  const clauses = new Set<string>();
  for (const name of DIRECTED) {
    const scenario = loadScenario(name);
    assert.ok(scenario.situations.length > 0, `${name} names its situations`);
    scenario.clauses.forEach((clause) => clauses.add(clause));
    const reached = new Map<string, number>();
    const hashes = new Set<string>();
    for (let seed = 1n; seed <= BigInt(seeds); seed++) {
      const result = run({ scenario, seed });
      assert.is(result.verdict.kind, 'pass', `${name} seed ${seed}: ${JSON.stringify(result.violations[0] ?? result.verdict)}`);
      hashes.add(result.hash);
      for (const id of result.situations) reached.set(id, (reached.get(id) ?? 0) + 1);
    }
    for (const situation of scenario.situations) {
      const share = (reached.get(situation) ?? 0) / seeds;
      assert.ok(share >= 0.99, `${name}: ${situation} in ${(share * 100).toFixed(1)}% of seeds`);
    }
    assert.ok(hashes.size >= 0.9 * seeds, `${name}: ${hashes.size} distinct traces in ${seeds} seeds`);
  }
  for (const clause of ['4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '6.1', '6.2', '7.1', '7.2', '8.1', '8.2']) {
    assert.ok(clauses.has(clause), `a directed scenario for clause ${clause}`);
  }
});

/** Which fault kinds a run's schedule shows happening. */
function faultsIn(schedule: ReadonlyMap<number, unknown>): Set<string> {
  const seen = new Set<string>();
  for (const [key, value] of schedule) {
    const { kind } = unpackAnchor(key);
    if (kind === 'send') {
      const fate = value as Fate;
      if (fate.drop) seen.add('drop');
      if (fate.duplicateDelayMs >= 0) seen.add('duplicate');
      if (fate.delayMs > 0) seen.add('delay');
      if (fate.partitionMs > 0) seen.add('partition');
    } else if (kind === 'portCrash') seen.add('crashAtPortCall');
    else if (kind === 'eventCrash') seen.add('crashAfterEvent');
    else if (kind === 'diskLoss') seen.add('diskLoss');
    else if (kind === 'beforeEvent') seen.add('crashBeforeEvent');
  }
  return seen;
}

test('swarm: every fault kind is on in some seeds and off in others, and off means it never happens', () => {
  const scenario = loadScenario('swarm');
  const seeds = testSeeds(300);
  const on = new Map<string, number>();
  const happened = new Map<string, number>();
  for (let seed = 1n; seed <= BigInt(seeds); seed++) {
    const result = run({ scenario, seed, check: seed <= 50n });
    assert.ok(result.verdict.kind === 'pass', `swarm seed ${seed}: ${JSON.stringify(result.verdict).slice(0, 200)}`);
    const swarm = result.swarm;
    assert.ok(swarm !== null);
    const seen = faultsIn(result.schedule);
    for (const kind of SWARM_KINDS) {
      if (swarm[kind] > 0) on.set(kind, (on.get(kind) ?? 0) + 1);
      else assert.not.ok(seen.has(kind), `seed ${seed}: ${kind} is off but happened`);
      if (seen.has(kind)) happened.set(kind, (happened.get(kind) ?? 0) + 1);
    }
  }
  for (const kind of SWARM_KINDS) {
    const count = on.get(kind) ?? 0;
    assert.ok(count > 0 && count < seeds, `${kind} on in ${count} of ${seeds} seeds`);
    assert.ok((happened.get(kind) ?? 0) > 0, `${kind} happened in some seed`);
  }
});

// Each mutant caught by its target in some directed scenario within 100 seeds: a check of
// the whole catalogue, in `npm run verify` (test/verify.ts); mutants.test.ts checks each is
// caught by its target somewhere.

test('a sweep names the seeds where a directed scenario did not reach its situation', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aerosim-unreached-'));
  const file = join(dir, 'claims-too-much.json');
  // calm has no faults, so it never reaches a control-plane crash
  const calm = JSON.parse(readFileSync(resolve('scenarios/calm.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify({ ...calm, name: 'claims-too-much', clauses: ['5.1'], description: 'calm, claiming 5.1', situations: ['cp-crash-before-dispatch'] }));
  const { code, out } = await cli(['sweep', '--scenario', file, '--seeds', '4', '--jobs', '1', '--no-progress', '--check-determinism', '0', '--out', join(dir, 'out')]);
  assert.is(code, 0, out);
  assert.match(out, /directed claims-too-much: cp-crash-before-dispatch not reached in 4 of 4 seeds/);
  const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')) as { unreached: unknown[] };
  assert.equal(summary.unreached, [{ scenario: 'claims-too-much', situation: 'cp-crash-before-dispatch', seeds: 4, of: 4 }]);
});

test.run();
