// The CLI as a user meets it: separate processes, other working directories, time zones
// and locales; bad input gets one clear line and exit code 2.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const BIN = resolve('bin/aerosim.mjs');

function aerosim(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function hashLine(stdout: string): string {
  const line = stdout.split('\n').find((l) => l.startsWith('hash: '));
  if (line === undefined) throw new Error(`no hash line in:\n${stdout}`);
  return line;
}

test('the same seed prints the same hash in two processes, from another directory, TZ and LANG', () => {
  const here = aerosim(['run', '--scenario', 'mixed', '--seed', '42', '--quiet']);
  const there = aerosim(['run', '--scenario', 'mixed', '--seed', '0x2a', '--quiet'], {
    cwd: mkdtempSync(join(tmpdir(), 'aerosim-')),
    env: { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
  });
  assert.is(here.code, 0, here.stderr);
  assert.is(there.code, 0, there.stderr);
  assert.is(hashLine(here.stdout), hashLine(there.stdout));
  const other = aerosim(['run', '--scenario', 'mixed', '--seed', '43', '--quiet']);
  assert.is.not(hashLine(other.stdout), hashLine(here.stdout));
});

test('the timeline run prints resolved options, a hash line and the verdict', () => {
  const { code, stdout } = aerosim(['run', '--scenario', 'calm', '--seed', '3']);
  assert.is(code, 0);
  assert.match(stdout, /^scenario: calm {3}seed: 3 {3}sut: reference$/m);
  assert.match(stdout, /^options: \{"workload"/m);
  assert.match(stdout, /^hash: [0-9a-f]{16}$/m);
  assert.match(stdout, /^verdict: pass$/m);
  assert.match(stdout, /control-plane@1 ← client-\d@\d+ submit r\d+/);
});

test('--json prints one JSON object with the hash of the timeline run', () => {
  const json = aerosim(['run', '--scenario', 'mixed', '--seed', '5', '--json']);
  const plain = aerosim(['run', '--scenario', 'mixed', '--seed', '5', '--quiet']);
  assert.is(json.code, 0);
  const parsed = JSON.parse(json.stdout) as { hash: string; verdict: { kind: string }; seed: string };
  assert.is(`hash: ${parsed.hash}`, hashLine(plain.stdout));
  assert.is(parsed.verdict.kind, 'pass');
  assert.is(parsed.seed, '5');
});

test('bad input: one clear line, exit code 2, no stack trace', () => {
  const bad = mkdtempSync(join(tmpdir(), 'aerosim-bad-'));
  writeFileSync(join(bad, 'broken.json'), '{ "name": "x", ');
  const cases: { args: string[]; says: RegExp }[] = [
    { args: ['run', '--scenario', 'nosuch', '--seed', '1'], says: /unknown scenario "nosuch"; expected a built-in name \(.*mixed.*\)/ },
    { args: ['run', '--scenario', 'mixed', '--seed', '12abc'], says: /--seed "12abc" is not a valid seed; expected an unsigned 64-bit integer/ },
    { args: ['run', '--scenario', 'mixed', '--seed', '18446744073709551616'], says: /not a valid seed/ },
    { args: ['run', '--scenario', 'mixed', '--seed', '-1'], says: /not a valid seed/ },
    { args: ['run', '--scenario', 'mixed', '--seed', '1', '--frobnicate'], says: /Unknown argument: frobnicate/ },
    { args: ['run', '--scenario', 'mixed'], says: /--seed needs a value|Missing required argument: seed/ },
    { args: ['run', '--seed', '1'], says: /--scenario needs a value|Missing required argument: scenario/ },
    { args: ['explode'], says: /unknown command "explode" \(did you mean "explore"\?\); expected one of: run, sweep/ },
    { args: [], says: /name a command/ },
    { args: ['run', '--scenario', join(bad, 'broken.json'), '--seed', '1'], says: /broken\.json:1:\d+: malformed JSON/ },
    { args: ['run', '--scenario', join(bad, 'missing.json'), '--seed', '1'], says: /scenario file not found/ },
  ];
  for (const { args, says } of cases) {
    const { code, stderr, stdout } = aerosim(args);
    assert.is(code, 2, `${args.join(' ')} → ${code}\n${stderr}`);
    assert.match(stderr, says, args.join(' '));
    assert.not.match(stderr + stdout, /\n\s+at /, `no stack trace for ${args.join(' ')}`);
  }
});

test('0x-hex and decimal seeds name the same run', () => {
  const hex = aerosim(['run', '--scenario', 'calm', '--seed', '0xFF', '--quiet']);
  const dec = aerosim(['run', '--scenario', 'calm', '--seed', '255', '--quiet']);
  assert.is(hashLine(hex.stdout), hashLine(dec.stdout));
});

test('scenarios list names the built-in scenarios with their clauses', () => {
  const { code, stdout } = aerosim(['scenarios', 'list']);
  assert.is(code, 0);
  assert.match(stdout, /^mixed\s+4\.1,4\.2/m);
  assert.match(stdout, /^calm\s+/m);
});

test('the bundled build, the unbundled build and tsx give the same run', () => {
  // npm ci builds .build/ and bundles its three entries (sim/build.mjs); sim/entry.mjs
  // prefers the bundle, and falls back to the plain build, then to tsx
  const args = ['run', '--scenario', 'cp-crash-during-dispatch', '--seed', '7', '--quiet'];
  const bundled = aerosim(args);
  const tsxOnly = aerosim(args, { env: { AEROSIM_NO_BUILD: '1' } });
  assert.is(bundled.code, 0, bundled.stderr);
  assert.is(tsxOnly.code, 0, tsxOnly.stderr);
  assert.is(hashLine(bundled.stdout), hashLine(tsxOnly.stdout));
});

test('no test file declares a test after test.run(): uvu would never run it', () => {
  // the bundled-vs-tsx test above sat after test.run() for a session and never ran
  const dir = new URL('.', import.meta.url);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.test.ts'))) {
    const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
    const run = lines.findIndex((line) => /^test\.run\(\)/.test(line));
    assert.ok(run >= 0, `${file} calls test.run()`);
    const late = lines.findIndex((line, index) => index > run && /^test\(/.test(line));
    assert.is(late, -1, `${file}: a test at line ${late + 1} comes after test.run() at line ${run + 1}`);
  }
});

test.run();
