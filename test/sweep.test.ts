// Sweeps at scale: shards cover every pair exactly once; a killed sweep resumes to the
// same results; JUnit counts; repros replay and shrink; hangs and dying workers become
// verdicts, not a stuck or crashed sweep.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MUTANTS } from '../mutants/index.ts';
import { main } from '../sim/cli.ts';
import { replay } from '../sim/commands/replay.ts';
import { anchorKey } from '../sim/decisions.ts';
import { readRepro, writeRepro } from '../sim/repro.ts';
import type { ResultLine } from '../sim/results.ts';
import { builtinScenarioNames, loadScenario } from '../sim/scenario-file.ts';
import { fails, shrink } from '../sim/shrink.ts';
import { inShard, sampledForDeterminism } from '../sim/sweep.ts';
import { firstRepro, shrinkEachMutant } from './repro-kit.ts';

const BIN = resolve('bin/aerosim.mjs');

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'aerosim-sweep-'));
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`) });
  return { code, out, err };
}

function results(dir: string): ResultLine[] {
  return readFileSync(join(dir, 'results.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('{"type":"header"'))
    .map((line) => JSON.parse(line) as ResultLine);
}

const pairs = (lines: readonly ResultLine[]) => lines.map((line) => `${line.scenario}/${line.seed}`);

test('the determinism sample: its share of seeds, and seed 1 of every scenario; none at rate 0', () => {
  for (const name of builtinScenarioNames()) {
    assert.ok(sampledForDeterminism(name, '1', 0.01), `${name} seed 1 is re-run`);
    assert.not.ok(sampledForDeterminism(name, '1', 0), `${name} seed 1 is not re-run at rate 0`);
  }
  let sampled = 0;
  for (let seed = 2; seed <= 20001; seed++) if (sampledForDeterminism('mixed', String(seed), 0.01)) sampled++;
  assert.ok(sampled > 150 && sampled < 250, `${sampled} of 20,000 seeds at 1 %`);
  // and the default share over a default sweep's pairs (FNV-1a alone gave 3.8% here)
  let pairs = 0;
  for (const name of builtinScenarioNames()) for (let seed = 2; seed <= 501; seed++) if (sampledForDeterminism(name, String(seed), 0.05)) pairs++;
  const expected = builtinScenarioNames().length * 500 * 0.05;
  assert.ok(Math.abs(pairs - expected) < expected * 0.12, `${pairs} of ${builtinScenarioNames().length * 500} pairs at 5 % (expected ~${expected})`);
});

test('shards 1..N of a sweep cover every (scenario, seed) exactly once', async () => {
  // the rule itself, over many pairs
  for (const count of [1, 2, 3, 7]) {
    for (let offset = 0n; offset < 50n; offset++) {
      for (let scenario = 0; scenario < 5; scenario++) {
        const owners = Array.from({ length: count }, (_, k) => k + 1).filter((index) => inShard(offset, scenario, 5, { index, count }));
        assert.is(owners.length, 1);
      }
    }
  }
  // and real sweeps
  const all: string[] = [];
  for (const shard of ['1/3', '2/3', '3/3']) {
    const dir = scratch();
    const { code } = await cli(['sweep', '--scenario', 'calm,mixed', '--seeds', '5..16', '--shard', shard, '--jobs', '1', '--out', dir, '--no-progress', '--check-determinism', '0']);
    assert.is(code, 0);
    all.push(...pairs(results(dir)));
  }
  assert.is(all.length, 24);
  assert.is(new Set(all).size, 24);
});

test('a sweep killed halfway, then resumed, yields the same results as an uninterrupted one', async () => {
  const args = ['sweep', '--scenario', 'calm,mixed', '--seeds', '80', '--jobs', '1', '--batch', '10', '--no-progress', '--check-determinism', '0'];
  const whole = scratch();
  assert.is((await cli([...args, '--out', whole])).code, 0);

  const killed = scratch();
  const child = spawn(process.execPath, [BIN, ...args, '--out', killed], { stdio: 'ignore' });
  await new Promise<void>((done) => {
    const poll = setInterval(() => {
      const file = join(killed, 'results.jsonl');
      if (existsSync(file) && readFileSync(file, 'utf8').split('\n').length > 50) {
        clearInterval(poll);
        child.kill('SIGKILL');
      }
    }, 20);
    child.on('exit', () => {
      clearInterval(poll);
      done();
    });
  });
  const partial = results(killed).length;
  assert.ok(partial > 0 && partial < 160, `killed after ${partial} runs`);
  writeFileSync(join(killed, 'results.jsonl'), `${readFileSync(join(killed, 'results.jsonl'), 'utf8')}{"scenario":"calm","se`); // a line cut mid-write
  const resumed = await cli([...args, '--out', killed, '--resume']);
  assert.is(resumed.code, 0, resumed.err);
  const a = results(whole).map((line) => JSON.stringify(line)).sort();
  const b = results(killed).map((line) => JSON.stringify(line)).sort();
  assert.is(b.length, 160);
  assert.equal(b, a);
});

test('SIGINT stops the sweep, prints its summary, and --resume finishes it', () => {
  const dir = scratch();
  const args = [BIN, 'sweep', '--scenario', 'mixed', '--seeds', '200', '--jobs', '1', '--batch', '10', '--no-progress', '--out', dir, '--check-determinism', '0'];
  const quoted = args.map((a) => `'${a}'`).join(' ');
  const file = join(dir, 'results.jsonl');
  const script = `"${process.execPath}" ${quoted} & pid=$!; until [ -f '${file}' ] && [ $(wc -l < '${file}') -gt 60 ]; do sleep 0.05; done; kill -INT $pid; wait $pid; echo "exit=$?"`;
  const child = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  assert.match(child.stdout, /exit=130/);
  assert.match(child.stdout, /stopped early \(interrupted\)/);
  const before = results(dir).length;
  assert.ok(before > 0 && before < 200, `${before} runs before the interrupt`);
  const again = spawnSync(process.execPath, [...args, '--resume'], { encoding: 'utf8' });
  assert.is(again.status, 0, again.stderr);
  const all = pairs(results(dir));
  assert.is(all.length, 200);
  assert.is(new Set(all).size, 200);
});

test('JUnit XML is well formed and counts testcases and failures correctly', async () => {
  const dir = scratch();
  const junit = join(dir, 'junit.xml');
  const { code } = await cli(['sweep', '--scenario', 'calm,mixed', '--seeds', '12', '--mutant', 'cp-guesses-on-timeout', '--jobs', '1', '--out', dir, '--junit', junit, '--no-progress', '--check-determinism', '0']);
  assert.is(code, 1);
  const lines = results(dir);
  const failing = lines.filter((line) => line.verdict.kind !== 'pass');
  assert.ok(failing.length > 0);
  const xml = readFileSync(junit, 'utf8');
  assert.ok(wellFormed(xml), 'balanced tags');
  const root = /<testsuites [^>]*tests="(\d+)" failures="(\d+)"/.exec(xml);
  assert.ok(root !== null);
  const testcases = (xml.match(/<testcase /g) ?? []).length;
  const failures = (xml.match(/<failure /g) ?? []).length;
  assert.is(Number(root[1]), testcases);
  assert.is(Number(root[2]), failures);
  assert.is(failures, failing.length);
  for (const scenario of ['calm', 'mixed']) {
    const suite = new RegExp(`<testsuite name="${scenario}" tests="(\\d+)" failures="(\\d+)"`).exec(xml);
    const fails = failing.filter((line) => line.scenario === scenario).length;
    const passes = lines.filter((line) => line.scenario === scenario).length - fails;
    assert.ok(suite !== null);
    assert.is(Number(suite[2]), fails);
    assert.is(Number(suite[1]), fails + (passes > 0 ? 1 : 0));
    assert.match(xml, new RegExp(`<property name="runs" value="${lines.filter((line) => line.scenario === scenario).length}"/>`));
  }
  assert.match(xml, /replay: npx aerosim run --scenario mixed --seed \d+ --mutant cp-guesses-on-timeout/);
});

/** Tags balance (a small check: no XML library in the dependencies). */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const match of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing === '/') continue;
    if (closing === '/') {
      if (stack.pop() !== name) return false;
    } else stack.push(name as string);
  }
  return stack.length === 0;
}

test('a failing sweep writes a repro per failure that replays to the same violation, step for step', async () => {
  const dir = scratch();
  const { code, out } = await cli(['sweep', '--scenario', 'mixed', '--seeds', '4', '--mutant', 'kernel-no-duplicate-check', '--jobs', '2', '--out', dir, '--no-progress', '--check-determinism', '0']);
  assert.is(code, 1);
  const files = readdirSync(dir).filter((file) => file.startsWith('repro-'));
  assert.ok(files.length > 0);
  assert.match(out, /replay: npx aerosim replay .*repro-mixed-\d+\.json/);
  for (const file of files) {
    const repro = readRepro(join(dir, file));
    assert.is(repro.sut.kind, 'mutant');
    assert.ok(repro.schedule.length > 0);
    assert.ok(repro.codeVersion.length > 0);
    const result = replay(repro, MUTANTS.find((m) => m.name === 'kernel-no-duplicate-check'));
    assert.is(result.hash, repro.hash, `${file} replays the recorded trace`);
    const replayed = await cli(['replay', join(dir, file), '--quiet']);
    assert.is(replayed.code, 1);
    assert.match(replayed.out, /reproduced: /);
  }
});

test('a size ramp runs small copies of every scenario first; the full-size runs after it are those of a sweep without one', async () => {
  const base = ['sweep', '--scenario', 'calm,mixed', '--seeds', '3', '--jobs', '1', '--no-progress', '--check-determinism', '0'];
  const plain = scratch();
  assert.is((await cli([...base, '--out', plain])).code, 0);
  const ramped = scratch();
  const { code, out } = await cli([...base, '--ramp', '4,8x2', '--out', ramped]);
  assert.is(code, 0, out);
  const lines = results(ramped);
  assert.equal(pairs(lines).slice(0, 8), ['calm@4/1', 'mixed@4/1', 'calm@4/2', 'mixed@4/2', 'calm@8/1', 'mixed@8/1', 'calm@8/2', 'mixed@8/2']);
  const full = (list: readonly ResultLine[]) => list.filter((line) => !line.scenario.includes('@')).map((line) => `${line.scenario}/${line.seed} ${line.hash}`).sort();
  assert.equal(full(lines), full(results(plain)));
  assert.is(lines.length, 14);
  // a small run is a run like any other: `run --scenario calm@4` makes the same one
  const small = lines.find((line) => line.scenario === 'calm@4' && line.seed === '2');
  const again = await cli(['run', '--scenario', 'calm@4', '--seed', '2', '--quiet']);
  assert.match(again.out, new RegExp(`hash: ${small?.hash}`));
  assert.ok(lines.filter((line) => line.scenario.startsWith('mixed@4')).every((line) => line.events < lines.filter((l) => l.scenario === 'mixed').reduce((a, l) => Math.min(a, l.events), Infinity)));
  // resuming with another ramp would mix two sweeps
  const other = await cli([...base, '--ramp', 'off', '--out', ramped, '--resume']);
  assert.is(other.code, 2);
  assert.match(other.err, /--ramp: 4,8x2 there, off now/);
});

test('a hunt (--max-failures) ramps by default; its small repro replays, and shards split the ramp too', async () => {
  const dir = scratch();
  const { code, out } = await cli(['sweep', '--mutant', 'kernel-ack-before-sync', '--max-failures', '1', '--seeds', '50', '--jobs', '1', '--out', dir, '--no-progress', '--check-determinism', '0']);
  assert.is(code, 1);
  const failing = results(dir).filter((line) => line.verdict.kind !== 'pass');
  assert.is(failing.length, 1);
  assert.match(failing[0]?.scenario ?? '', /@4$/);
  const repro = readRepro(failing[0]?.repro ?? '');
  assert.is(replay(repro, MUTANTS.find((m) => m.name === 'kernel-ack-before-sync')).hash, failing[0]?.hash);
  assert.match(out, /replay: npx aerosim replay .*repro-[a-z-]+@4-\d+\.json/);
  const all: string[] = [];
  for (const shard of ['1/2', '2/2']) {
    const part = scratch();
    assert.is((await cli(['sweep', '--scenario', 'calm,mixed,swarm', '--seeds', '2', '--ramp', '4x3', '--shard', shard, '--jobs', '1', '--out', part, '--no-progress', '--check-determinism', '0'])).code, 0);
    all.push(...pairs(results(part)));
  }
  assert.is(all.length, 9 + 6);
  assert.is(new Set(all).size, 15);
});

test('bad sizes and ramps are refused with what was expected (exit 2)', async () => {
  for (const [args, message] of [
    [['run', '--scenario', 'mixed@0', '--seed', '1'], /the size after @ must be a whole number in 1\.\.100000/],
    [['run', '--scenario', 'mixed@4@4', '--seed', '1'], /give one size/],
    [['sweep', '--scenario', 'calm', '--seeds', '2', '--ramp', '8,4x2', '--out', scratch()], /--ramp "8,4x2" is not valid; expected "off", or sizes and seeds per size/],
    [['sweep', '--scenario', 'calm', '--seeds', '2', '--ramp', 'lots', '--out', scratch()], /--ramp "lots" is not valid/],
  ] as const) {
    const { code, err } = await cli([...args]);
    assert.is(code, 2, `${args.join(' ')}: ${err}`);
    assert.match(err, message);
  }
});

test('replay tells "an anchor of the schedule no longer exists" from "the run no longer fails"', async () => {
  const dir = scratch();
  const mutant = MUTANTS.find((m) => m.name === 'cp-retries-dispatch');
  assert.ok(mutant !== undefined);
  const repro = firstRepro(mutant, [loadScenario('client-crash-after-confirm')], 20);
  assert.ok(repro !== null);
  const minimal = shrink(repro, mutant, mutant.targets).repro;
  const noFaults = { ...minimal, schedule: [] };
  writeRepro(join(dir, 'healed.json'), noFaults);
  const healed = await cli(['replay', join(dir, 'healed.json'), '--quiet']);
  assert.is(healed.code, 0);
  assert.match(healed.out, /does not reproduce: the run no longer fails/);
  const gone = { ...noFaults, schedule: [{ process: 'kernel', incarnation: 9, kind: 'portCrash' as const, ordinal: 3, value: 1 }] };
  writeRepro(join(dir, 'gone.json'), gone);
  const changed = await cli(['replay', join(dir, 'gone.json'), '--quiet']);
  assert.is(changed.code, 0);
  assert.match(changed.out, /an anchor of the schedule no longer exists .*kernel@9 portCrash #3/);
  assert.ok(anchorKey(0, 9, 1, 3) > 0);
});

test('a failing seed\'s repro replays to the same violation and shrinks to ≤ 3 faults (every 24th mutant; all in npm run verify)', () => {
  assert.equal(shrinkEachMutant(MUTANTS.filter((_, index) => index % 24 === 0)), []);
});

test('a run that hangs is timed out, confirmed once more, recorded as a hang; the sweep goes on', async () => {
  const dir = scratch();
  const { code, out } = await cli(['sweep', '--scenario', 'calm', '--seeds', '17..19', '--sut', 'test/fixtures/sut-hangs.ts', '--jobs', '1', '--run-timeout', '0.5', '--out', dir, '--no-progress', '--check-determinism', '0']);
  assert.is(code, 1);
  const lines = results(dir);
  assert.equal(lines.map((line) => `${line.seed}:${line.verdict.kind}`).sort(), ['17:hang', '18:pass', '19:hang']);
  assert.match(out, /worker\(s\) replaced/);
});

test('a worker that dies is replaced; its seed is recorded as worker-died; the sweep goes on', async () => {
  const dir = scratch();
  const { code } = await cli(['sweep', '--scenario', 'calm', '--seeds', '17..19', '--sut', 'test/fixtures/sut-exits.ts', '--jobs', '2', '--out', dir, '--no-progress', '--check-determinism', '0']);
  assert.is(code, 1);
  const lines = results(dir);
  assert.equal(lines.map((line) => `${line.seed}:${line.verdict.kind}`).sort(), ['17:worker-died', '18:pass', '19:worker-died']);
  const died = lines.find((line) => line.verdict.kind === 'worker-died');
  assert.match(JSON.stringify(died?.verdict), /exit code 7/);
});

test('--check-determinism re-runs seeds on another worker: the reference agrees', async () => {
  const dir = scratch();
  const { code, out } = await cli(['sweep', '--scenario', 'calm', '--seeds', '10', '--jobs', '2', '--check-determinism', '1', '--out', dir, '--no-progress']);
  assert.is(code, 0, out);
  const leak = scratch();
  const leaky = await cli(['sweep', '--scenario', 'calm', '--seeds', '10', '--jobs', '2', '--check-determinism', '1', '--mutant', 'cp-module-token-counter', '--out', leak, '--no-progress']);
  assert.is(leaky.code, 1);
  const lines = results(leak).filter((line) => line.check === 'determinism');
  assert.ok(lines.length > 0);
  assert.match(JSON.stringify(lines[0]?.verdict), /traces part at step \d+/);
});

test('--check-determinism also re-runs the sample in separate processes under another TZ, LANG and heap limit', async () => {
  // the fixture's rejection texts carry the TZ it was loaded under: every worker of one
  // process agrees, a separate process does not
  const dir = scratch();
  const { code, out } = await cli(['sweep', '--scenario', 'kernel-rejection', '--seeds', '3', '--jobs', '2', '--check-determinism', '1', '--sut', 'test/fixtures/sut-reads-tz.ts', '--out', dir, '--no-progress']);
  assert.is(code, 1, out);
  const lines = results(dir).filter((line) => line.check === 'determinism');
  assert.is(lines.length, 3, 'each sampled seed differs in the other processes, and only there: one line per seed');
  assert.match(JSON.stringify(lines[0]?.verdict), /in the separate process \(TZ=Pacific\/Marquesas.*; [0-9a-f]{16} in the second separate process \(TZ=Asia\/Kathmandu/);
  const clean = scratch();
  const reference = await cli(['sweep', '--scenario', 'kernel-rejection', '--seeds', '3', '--jobs', '2', '--check-determinism', '1', '--out', clean, '--no-progress']);
  assert.is(reference.code, 0, reference.out);
});

// The separate processes' environment (another working directory, zones west and east of UTC,
// a locale with its own digits, room for a large table): npm run verify, red team 20's systems.

test.run();
