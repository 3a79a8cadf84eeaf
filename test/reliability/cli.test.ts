// The command line as a hurried or hostile user meets it: a flag given twice or without
// its value is a usage error (never a silent default or a stack trace), an unknown command
// suggests the nearest, --help has examples and exit codes, --version the code version,
// printed replay commands are shell-quoted, strings from a system under test reach the
// terminal without control characters, --quiet still names scenario and seed, and
// `mutants` says something per mutant as it goes.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../../sim/cli.ts';
import { forTerminal, shellQuote } from '../../sim/shell.ts';

const BIN = resolve('bin/aerosim.mjs');

async function cli(args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await main(args, { out: (t) => lines.push(t), err: (t) => lines.push(t) });
  return { code, text: lines.join('\n') };
}

test('a flag given twice is exit 2 naming it; so is a flag without its value; nothing runs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aerosim-flags-'));
  for (const [args, said] of [
    [['sweep', '--scenario', 'calm', '--scenario', 'mixed', '--seeds', '2', '--out', dir], /--scenario is given 2 times \("calm", "mixed"\); give it once/],
    [['sweep', '--jobs', '1', '--jobs', '2', '--seeds', '2', '--out', dir], /--jobs is given 2 times/],
    [['run', '--scenario', 'calm', '--seed', '1', '--seed', '2'], /--seed is given 2 times/],
    [['sweep', '--seeds', '--out', dir], /--seeds needs a value/],
    [['sweep', '--out', dir, '--jobs'], /--jobs needs a value/],
    [['run', '--scenario', 'calm', '--seed'], /--seed needs a value/],
  ] as const) {
    const { code, text } = await cli([...args]);
    assert.is(code, 2, `${args.join(' ')}: ${text}`);
    assert.match(text, said);
    assert.not.match(text, /\n\s+at /, 'no stack trace');
  }
});

test('explore refuses a bad --run-timeout before it writes anything', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'aerosim-explore-bad-')), 'never');
  const { code, text } = await cli(['explore', '--scenario', 'calm', '--run-timeout', '-1', '--out', out]);
  assert.is(code, 2, text);
  assert.match(text, /--run-timeout is not valid; expected a number of seconds > 0/);
  assert.not.ok(existsSync(out), 'the out directory was made');
});

test('an unknown command suggests the nearest; --help has examples and the exit codes; --version names the code', async () => {
  const typo = await cli(['swep']);
  assert.is(typo.code, 2);
  assert.match(typo.text, /unknown command "swep" \(did you mean "sweep"\?\)/);
  const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
  assert.is(help.status, 0);
  assert.match(help.stdout, /Examples:/);
  assert.match(help.stdout, /Exit codes: 0 [\s\S]*; 1 [\s\S]*; 2\s[\s\S]*; 3 /);
  const version = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
  assert.match(version.stdout, /^\d+\.\d+\.\d+ \(code ([0-9a-f]{40}(\+uncommitted)?|unknown)\)/);
});

test('replay commands are shell-quoted: a scenario path with a space and a ";" prints a command that runs only aerosim', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aerosim-quote-'));
  const odd = join(dir, "it's; touch pwned.json");
  copyFileSync(resolve('scenarios/mixed.json'), odd);
  const { code, text } = await cli(['run', '--scenario', odd, '--seed', '3', '--mutant', 'cp-guesses-on-timeout', '--quiet']);
  assert.is(code, 1);
  const replay = /replay: (.*)/.exec(text)?.[1] ?? '';
  assert.is(replay, `npx aerosim run --scenario ${shellQuote(odd)} --seed 3 --mutant cp-guesses-on-timeout`);
  // the shell reads it back as exactly these words
  const words = spawnSync('bash', ['-c', `printf '%s\\n' ${replay}`], { encoding: 'utf8' }).stdout.trim().split('\n');
  assert.equal(words, ['npx', 'aerosim', 'run', '--scenario', odd, '--seed', '3', '--mutant', 'cp-guesses-on-timeout']);
});

test('strings from a system under test reach the terminal without control characters', () => {
  assert.is(forTerminal('REJECT \u001b[31mRED\u001b[0m\u0007 ok\ttab'), 'REJECT [31mRED[0m ok\ttab');
  // end to end: a kernel whose rejection code carries ANSI escapes, through the real bin
  const sut = resolve('test/fixtures/sut-ansi-rejection.ts');
  const run = spawnSync(process.execPath, [BIN, 'run', '--scenario', 'kernel-rejection', '--seed', '1', '--sut', sut], { encoding: 'utf8' });
  assert.match(run.stdout, /RED/);
  assert.not.ok(/\u001b|\u0007/.test(run.stdout + run.stderr), 'no escape or bell reaches the terminal');
});

test('--quiet still names the scenario and the seed', async () => {
  const { text } = await cli(['run', '--scenario', 'calm', '--seed', '5', '--quiet']);
  assert.match(text, /scenario: calm {3}seed: 5/);
});

test('mutants says something per mutant as it goes, on stderr, not only at the end', () => {
  const run = spawnSync(process.execPath, [BIN, 'mutants', '--seeds', '10', '--scenario', 'mixed', '--only', 'cp-guesses-on-timeout', '--jobs', '1'], { encoding: 'utf8' });
  assert.match(run.stderr, /reference: \d+ runs, 0 failed/);
  assert.match(run.stderr, /caught {2}cp-guesses-on-timeout by /);
  assert.match(run.stdout, /mutation score: 1\/1/);
});

test.run();
