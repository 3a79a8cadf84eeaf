// Every kind of failing verdict has a repro that replays to the same verdict: a sweep
// finds it (with its own system under test), writes the repro, and `aerosim replay` of
// that file says "reproduced" with exit code 1. A run that never finished (a hang, a dead
// worker) holds the decisions it took before it stopped; a determinism failure is
// reproduced by making the recorded run again where it differs, naming step and field.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../sim/cli.ts';
import type { Repro } from '../sim/repro.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function capture() {
  const lines: string[] = [];
  return { lines, io: { out: (text: string) => lines.push(text), err: (text: string) => lines.push(text) } };
}

interface Case {
  readonly verdict: string;
  /** what replay must say it reproduced */
  readonly reproduced: string;
  readonly sweep: readonly string[];
  /** the repro file to replay: the first whose name matches */
  readonly file?: RegExp;
}

const CASES: readonly Case[] = [
  { verdict: 'violation', reproduced: 'outcome.from-kernel', sweep: ['--scenario', 'mixed', '--seeds', '3', '--mutant', 'cp-guesses-on-timeout'] },
  { verdict: 'sut-error', reproduced: 'sut-error', sweep: ['--scenario', 'calm', '--seeds', '1', '--sut', fixture('sut-throws.ts')] },
  { verdict: 'bound-exceeded', reproduced: 'bound-exceeded', sweep: ['--scenario', 'calm', '--seeds', '1', '--sut', fixture('sut-storms.ts')] },
  // seed 8 takes faults before it hangs: the repro must hold them
  { verdict: 'hang', reproduced: 'hang', sweep: ['--scenario', 'mixed', '--seeds', '8..8', '--run-timeout', '0.5', '--sut', fixture('sut-hangs.ts')] },
  { verdict: 'worker-died', reproduced: 'worker-died', sweep: ['--scenario', 'mixed', '--seeds', '2', '--sut', fixture('sut-exits.ts')] },
  { verdict: 'determinism', reproduced: 'determinism', sweep: ['--scenario', 'kernel-rejection', '--seeds', '1', '--check-determinism', '1', '--sut', fixture('sut-reads-tz.ts')], file: /-determinism\.json$/ },
];

for (const entry of CASES) {
  test(`a ${entry.verdict} found by a sweep replays from its repro to the same verdict`, async () => {
    const out = mkdtempSync(join(tmpdir(), `aerosim-${entry.verdict}-`));
    const sweep = capture();
    // (the separate processes' determinism re-run only where that is the verdict sought)
    const determinism = entry.sweep.includes('--check-determinism') ? [] : ['--check-determinism', '0'];
    const code = await main(['sweep', ...entry.sweep, ...determinism, '--out', out, '--jobs', '1', '--no-progress'], sweep.io);
    assert.is(code, 1, sweep.lines.join('\n'));
    const file = readdirSync(out)
      .filter((name) => name.startsWith('repro-') && (entry.file === undefined ? !name.endsWith('-determinism.json') : entry.file.test(name)))
      .sort()[0];
    assert.ok(file !== undefined, `a repro file in ${out}: ${readdirSync(out).join(', ')}`);
    const path = join(out, file as string);
    const repro = JSON.parse(readFileSync(path, 'utf8')) as Repro;
    const kind = repro.verdict.kind === 'violation' ? (repro.violation?.invariant === 'determinism' ? 'determinism' : 'violation') : repro.verdict.kind;
    assert.is(kind, entry.verdict, `the repro's verdict: ${JSON.stringify(repro.verdict).slice(0, 200)}`);
    assert.ok(repro.workload.length > 0, 'the repro holds the workload');
    if (entry.verdict === 'hang') {
      // held up to where the run stopped: the workload and the decisions taken by then,
      // each with what it applied to
      assert.ok(repro.schedule.length > 0, `decisions held: ${repro.schedule.length}`);
      assert.ok(repro.schedule.every((decision) => typeof decision.at === 'string'), 'each held decision says what it applied to');
    }
    const replay = capture();
    const again = await main(['replay', path, '--run-timeout', entry.verdict === 'hang' ? '0.5' : '60'], replay.io);
    const said = replay.lines.join('\n');
    assert.is(again, 1, said);
    assert.match(said, `reproduced: ${entry.reproduced}`);
    if (entry.verdict === 'determinism') assert.match(said, /the traces part at step #\d+ .*field decision\.decision\.rejection\.text/);
  });
}

test.run();
