// What a sweep's workers count as run time, and what a repro of a run that never reported
// holds.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../sim/cli.ts';
import { planOf, runOnce } from '../sim/runner.ts';
import { loadScenario } from '../sim/scenario-file.ts';

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

test.run();
