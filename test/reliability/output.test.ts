// What a sweep writes can be trusted and is never lost: a folder is locked by its sweep, a
// resume with other options is refused, a full disk is exit 3 after keeping what was
// written and --resume then finishes, SIGTERM is SIGINT, files are written whole, and every
// output path is checked before the first run. Counts before and after are asserted.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../../sim/cli.ts';

const BIN = resolve('bin/aerosim.mjs');
const scratch = (name: string) => mkdtempSync(join(tmpdir(), `aerosim-out-${name}-`));

async function cli(args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await main(args, { out: (t) => lines.push(t), err: (t) => lines.push(t) });
  return { code, text: lines.join('\n') };
}

/** (scenario/seed) of every run line of a results file, header and counters left out. */
function pairs(dir: string): string[] {
  return readFileSync(join(dir, 'results.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{"scenario"'))
    .map((line) => JSON.parse(line) as { scenario: string; seed: string; check?: string })
    .filter((line) => line.check === undefined)
    .map((line) => `${line.scenario}/${line.seed}`);
}

test('a second sweep on a folder in use is exit 2 naming the holder; a lock left by a dead sweep is taken over', async () => {
  const dir = scratch('lock');
  const child = spawn(process.execPath, [BIN, 'sweep', '--scenario', 'mixed', '--seeds', '100000', '--jobs', '1', '--no-progress', '--out', dir], { stdio: 'ignore' });
  try {
    const lock = join(dir, '.aerosim.lock');
    for (let i = 0; i < 200 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 50));
    const second = await cli(['sweep', '--scenario', 'calm', '--seeds', '2', '--jobs', '1', '--no-progress', '--check-determinism', '0', '--out', dir]);
    assert.is(second.code, 2);
    assert.match(second.text, new RegExp(`in use by another sweep \\(pid ${child.pid} `));
  } finally {
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
  }
  // killed with -9: its lock stays, naming a process that is gone; the next sweep goes on
  assert.ok(existsSync(join(dir, '.aerosim.lock')));
  const next = await cli(['sweep', '--scenario', 'calm', '--seeds', '2', '--jobs', '1', '--no-progress', '--check-determinism', '0', '--out', dir]);
  assert.is(next.code, 0, next.text);
  assert.not.ok(existsSync(join(dir, '.aerosim.lock')), 'released at the end');
});

test('--resume refuses other options (scenario, system, seeds, shard), naming each that differs', async () => {
  const dir = scratch('resume');
  assert.is((await cli(['sweep', '--scenario', 'calm', '--seeds', '4', '--jobs', '1', '--no-progress', '--check-determinism', '0', '--out', dir])).code, 0);
  const before = pairs(dir).length;
  const other = await cli(['sweep', '--scenario', 'calm,abandon', '--seeds', '6', '--mutant', 'cp-guesses-on-timeout', '--jobs', '1', '--no-progress', '--check-determinism', '0', '--out', dir, '--resume']);
  assert.is(other.code, 2);
  assert.match(other.text, /--scenario: calm there, calm,abandon now/);
  assert.match(other.text, /--seeds: 1\.\.4 there, 1\.\.6 now/);
  assert.match(other.text, /system under test: reference there, mutant cp-guesses-on-timeout now/);
  assert.is(pairs(dir).length, before, 'nothing written');
  assert.is((await cli(['sweep', '--scenario', 'calm', '--seeds', '4', '--jobs', '1', '--no-progress', '--check-determinism', '0', '--out', dir, '--resume'])).code, 0);
  assert.is(pairs(dir).length, 4);
});

test('a full disk mid-sweep is exit 3 with the path; what was written stays; --resume then finishes with no run lost or doubled', async () => {
  const dir = scratch('full');
  // the temporary files a failing run's repro is written through go to /dev/full (ENOSPC)
  for (let seed = 1; seed <= 30; seed++) symlinkSync('/dev/full', join(dir, `repro-mixed-${seed}.json.tmp-${process.pid}`));
  const args = ['sweep', '--scenario', 'mixed', '--seeds', '30', '--mutant', 'cp-guesses-on-timeout', '--jobs', '1', '--batch', '5', '--no-progress', '--check-determinism', '0', '--out', dir];
  const full = await cli(args);
  assert.is(full.code, 3, full.text);
  assert.match(full.text, /the disk is full: ENOSPC: no space left writing .*repro-mixed-\d+\.json/);
  assert.match(full.text, /runs are kept in .*results\.jsonl; free some space, then run the same command with --resume/);
  const kept = pairs(dir).length;
  assert.ok(kept < 30, `${kept} kept`);
  for (const name of readdirSync(dir)) if (name.includes('.tmp-')) rmSync(join(dir, name));
  const again = await cli([...args, '--resume']);
  assert.is(again.code, 1, again.text); // the mutant fails, as it should
  const all = pairs(dir);
  assert.is(all.length, 30);
  assert.is(new Set(all).size, 30);
  assert.not.ok(readdirSync(dir).some((name) => name.includes('.tmp-')), 'no temporary file left');
});

test('SIGTERM stops a sweep as SIGINT does: its summary, exit 143, and --resume finishes it', () => {
  const dir = scratch('term');
  const args = [BIN, 'sweep', '--scenario', 'mixed', '--seeds', '160', '--jobs', '1', '--batch', '10', '--no-progress', '--out', dir, '--check-determinism', '0'];
  const file = join(dir, 'results.jsonl');
  const script = `"${process.execPath}" ${args.map((a) => `'${a}'`).join(' ')} & pid=$!; until [ -f '${file}' ] && [ $(wc -l < '${file}') -gt 40 ]; do sleep 0.05; done; kill -TERM $pid; wait $pid; echo "exit=$?"`;
  const child = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  assert.match(child.stdout, /exit=143/);
  assert.match(child.stdout, /stopped early \(interrupted\)/);
  const before = pairs(dir).length;
  assert.ok(before > 0 && before < 160, `${before} runs before SIGTERM`);
  const again = spawnSync(process.execPath, [...args, '--resume'], { encoding: 'utf8' });
  assert.is(again.status, 0, again.stderr);
  assert.is(new Set(pairs(dir)).size, 160);
  assert.is(pairs(dir).length, 160);
});

test('every output path is checked before the first run: --out, --junit, shrink --out', async () => {
  const dir = scratch('paths');
  writeFileSync(join(dir, 'a-file'), '');
  const out = await cli(['sweep', '--scenario', 'calm', '--seeds', '2', '--no-progress', '--out', join(dir, 'a-file', 'sub')]);
  assert.is(out.code, 2);
  assert.match(out.text, /is a file, not a directory/);
  const junit = await cli(['sweep', '--scenario', 'calm', '--seeds', '2', '--no-progress', '--out', join(dir, 'o'), '--junit', join(dir, 'a-file', 'x.xml')]);
  assert.is(junit.code, 2);
  assert.not.ok(existsSync(join(dir, 'o', 'results.jsonl')), 'no run made');
  // a repro to shrink, then an --out that cannot be written
  await cli(['sweep', '--scenario', 'mixed', '--seeds', '3', '--mutant', 'cp-guesses-on-timeout', '--jobs', '1', '--no-progress', '--check-determinism', '0', '--out', join(dir, 'm')]);
  const repro = readdirSync(join(dir, 'm')).find((name) => name.startsWith('repro-'));
  assert.ok(repro !== undefined);
  const shrunk = await cli(['shrink', join(dir, 'm', repro as string), '--out', join(dir, 'a-file', 'min.json')]);
  assert.is(shrunk.code, 2);
  assert.match(shrunk.text, /--out .*is a file, not a directory/);
});

test.run();
