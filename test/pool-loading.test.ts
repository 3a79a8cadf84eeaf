// What a sweep's workers count as run time, and what a repro of a run that never reported
// holds.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../sim/cli.ts';
import { checkSutLoads } from '../sim/pool.ts';
import { planOf, runOnce } from '../sim/runner.ts';
import { InputError, loadScenario } from '../sim/scenario-file.ts';

test('loading a --sut module in a worker is not run time: 1.5 s of loading under a 0.5 s run timeout is no hang', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aerosim-slow-load-'));
  let out = '';
  const io = { out: (t: string) => void (out += `${t}\n`), err: (t: string) => void (out += `${t}\n`) };
  const code = await main(['sweep', '--scenario', 'calm', '--seeds', '2', '--run-timeout', '0.5', '--sut', 'test/fixtures/sut-slow-to-load.ts', '--jobs', '1', '--check-determinism', '0', '--out', dir, '--no-progress'], io);
  assert.is(code, 0, out);
  const verdicts = readFileSync(join(dir, 'results.jsonl'), 'utf8').split('\n').filter((line) => line.includes('"verdict"')).map((line) => (JSON.parse(line) as { verdict: { kind: string } }).verdict.kind);
  assert.equal(verdicts, ['pass', 'pass']);
});

test('planOf draws the workload a run operates on, timing swarm included (a repro of a run that never journaled holds it)', () => {
  for (const name of ['mixed', 'timing-swarm', 'swarm']) {
    const scenario = loadScenario(name);
    for (const seed of [1n, 7n, 123456789n]) {
      const result = runOnce({ scenario, seed, check: false });
      assert.equal(planOf(scenario, seed), result.plan, `${name} seed ${seed}`);
      result.world?.trace.release();
    }
  }
});

test('a --sut module whose top-level code never returns is refused in words, within the load limit, without hanging the command', async () => {
  const started = process.hrtime.bigint();
  let error: unknown = null;
  try {
    await checkSutLoads({ kind: 'module', path: 'test/fixtures/sut-loads-forever.ts' }, 1500);
  } catch (caught) {
    error = caught;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  assert.instance(error, InputError);
  assert.match((error as Error).message, /--sut module test\/fixtures\/sut-loads-forever\.ts did not finish loading within 1\.5 s/);
  assert.ok(seconds < 10, `took ${seconds} s`);
});

test('a --sut module that ends its thread while loading is refused in words; a good one loads', async () => {
  let error: unknown = null;
  try {
    await checkSutLoads({ kind: 'module', path: 'test/fixtures/sut-exits-at-load.ts' });
  } catch (caught) {
    error = caught;
  }
  assert.instance(error, InputError);
  assert.match((error as Error).message, /sut-exits-at-load\.ts ended the thread loading it \(exit code 7/);
  await checkSutLoads({ kind: 'module', path: 'test/fixtures/sut-slow-to-load.ts' });
  let out = '';
  const io = { out: (t: string) => void (out += `${t}\n`), err: (t: string) => void (out += `${t}\n`) };
  assert.is(await main(['run', '--scenario', 'calm', '--seed', '1', '--sut', 'test/fixtures/sut-exits-at-load.ts', '--quiet'], io), 2, out);
  assert.match(out, /ended the thread loading it/);
});

test.run();
