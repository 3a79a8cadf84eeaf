// Systems under test that attack the harness by accident: one that allocates without
// bound is stopped by its worker's heap limit and recorded as out-of-memory with its seed,
// in a sweep (which goes on, losing no other run) and in `run` (a verdict, not a V8 crash).

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../../sim/cli.ts';

const ALLOCATES = fileURLToPath(new URL('../fixtures/sut-allocates.ts', import.meta.url));

async function cli(args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await main(args, { out: (t) => lines.push(t), err: (t) => lines.push(t) });
  return { code, text: lines.join('\n') };
}

test('a system that allocates without bound is out-of-memory with its seed; the sweep goes on and loses nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aerosim-oom-'));
  const { code, text } = await cli(['sweep', '--scenario', 'calm', '--seeds', '17..19', '--sut', ALLOCATES, '--jobs', '1', '--heap', '64', '--out', dir, '--no-progress', '--check-determinism', '0']);
  assert.is(code, 1, text);
  const lines = readFileSync(join(dir, 'results.jsonl'), 'utf8').split('\n').filter((line) => line.startsWith('{"scenario"')).map((line) => JSON.parse(line) as { seed: string; verdict: { kind: string; limitMb?: number } });
  assert.equal(lines.map((line) => `${line.seed}:${line.verdict.kind}`).sort(), ['17:out-of-memory', '18:pass', '19:out-of-memory']);
  assert.is(lines.find((line) => line.verdict.kind === 'out-of-memory')?.verdict.limitMb, 64);
  assert.match(text, /calm seed 17: out-of-memory: the run passed its worker's heap limit of 64 MB/);
  const replay = await cli(['replay', join(dir, 'repro-calm-17.json'), '--heap', '64', '--quiet']);
  assert.is(replay.code, 1);
  assert.match(replay.text, /reproduced: out-of-memory/);
});

test('run under a heap limit: out-of-memory is a verdict with a replay command, exit 1, not a native crash', async () => {
  const { code, text } = await cli(['run', '--scenario', 'calm', '--seed', '17', '--sut', ALLOCATES, '--heap', '64', '--quiet']);
  assert.is(code, 1, text);
  assert.match(text, /verdict: out-of-memory/);
  assert.match(text, /replay: npx aerosim run --scenario calm --seed 17 --sut /);
});

test('a handler that sends without end is bound-exceeded naming the bound, after 10,000 calls, not after gigabytes', async () => {
  const { code, text } = await cli(['run', '--scenario', 'calm', '--seed', '1', '--sut', fileURLToPath(new URL('../fixtures/sut-send-storm.ts', import.meta.url)), '--quiet']);
  assert.is(code, 1, text);
  assert.match(text, /verdict: bound-exceeded: portCallsPerHandler > 10000 at step \d+/);
});

test('the per-handler and per-step bounds come from the scenario (and are validated)', async () => {
  const { loadScenario } = await import('../../sim/scenario-file.ts');
  const scenario = loadScenario('calm');
  assert.is(scenario.bounds.portCallsPerHandler, 10_000);
  assert.is(scenario.bounds.messagesPerStep, 10_000);
});

test.run();
