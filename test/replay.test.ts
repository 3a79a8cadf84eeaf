// Replays check what each recorded decision applied to: after a change of the code's
// shape (one more port call at start-up), a replay names the first decision that drifted
// instead of silently applying it to another call.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../sim/cli.ts';
import { replay } from '../sim/commands/replay.ts';
import { unpackAnchor } from '../sim/decisions.ts';
import { reproOf } from '../sim/repro.ts';
import { runOnce } from '../sim/runner.ts';
import { loadScenario } from '../sim/scenario-file.ts';
import { summarize } from '../sim/summary.ts';
import { ControlPlane } from '../src/control-plane.ts';
import { reference } from '../src/index.ts';
import type { SystemUnderTest } from '../src/ports.ts';

/** The reference, but the control plane makes one more port call at start-up (a harmless
 * cancelTimer): every later port call of each of its incarnations has an ordinal one
 * higher, so a crash recorded at its n-th call now falls on another call. Behaviour is
 * otherwise the same. (An extra drawId would also rename every later request id, and the
 * first decision to drift would be wherever the next fault is, on any process.) */
const reshaped: SystemUnderTest = {
  ...reference,
  name: 'reference + one port call at start-up',
  createControlPlane: (port, config) =>
    new (class extends ControlPlane {
      override onStart(): void {
        port.cancelTimer(-1);
        super.onStart();
      }
    })(port, config),
};

/** A repro of a run, as a sweep would write it (schedule, fingerprints, workload). */
function reproOfRun(scenarioName: string, seed: bigint) {
  const scenario = loadScenario(scenarioName);
  const original = runOnce({ scenario, seed });
  // a repro is written for failing runs: give this one a failing verdict to keep it all
  const summary = summarize({ ...original, verdict: { kind: 'violation', violations: [] } });
  return { original, repro: reproOf(summary, scenarioName, scenario, { kind: 'reference' }, 'test') };
}

test('a replay of unchanged code finds every decision where it was recorded', () => {
  const { original, repro } = reproOfRun('cp-crash-during-dispatch', 3n);
  assert.ok(repro.schedule.length > 0);
  assert.ok(repro.schedule.every((entry) => typeof entry.at === 'string'), 'every decision carries its fingerprint');
  const again = replay(repro, reference);
  assert.equal(again.drift, []);
  assert.is(again.hash, original.hash);
});

test('after one more port call at start-up, replay names the first decision that drifted', () => {
  const { original, repro } = reproOfRun('cp-crash-during-dispatch', 3n);
  const crashes = [...original.schedule.keys()].map(unpackAnchor).filter((anchor) => anchor.kind === 'portCrash' && anchor.address === 1);
  assert.ok(crashes.length > 0, 'the run crashes the control plane at a port call');
  const shifted = replay(repro, reshaped);
  assert.ok(shifted.drift.length > 0, 'the drift is seen');
  const first = shifted.drift[0];
  assert.ok(first !== undefined);
  const anchor = unpackAnchor(first.key);
  assert.is(anchor.address, 1, 'on the control plane, whose shape changed');
  assert.is.not(first.recorded, first.now);
  assert.match(first.recorded, /by control-plane/);
});

test('a malformed repro is bad input: exit 2, the file, the JSON path, what was expected', async () => {
  const { repro } = reproOfRun('cp-crash-during-dispatch', 3n);
  const dir = mkdtempSync(join(tmpdir(), 'aerosim-repro-'));
  const cases: [string, (r: Record<string, unknown>) => void, RegExp][] = [
    ['unknown decision kind', (r) => ((r['schedule'] as Record<string, unknown>[])[0]!['kind'] = 'meteor'), /\$\.schedule\[0\]\.kind: expected one of send, portCrash/],
    ['wrong type', (r) => ((r['schedule'] as Record<string, unknown>[])[0]!['ordinal'] = 'three'), /\$\.schedule\[0\]\.ordinal: expected an integer ≥ 0, found "three"/],
    ['null schedule', (r) => (r['schedule'] = null), /\$\.schedule: expected an array of decisions, found null/],
    ['bad seed', (r) => (r['seed'] = '12.5'), /\$\.seed: expected a 64-bit seed/],
    ['unknown process', (r) => ((r['schedule'] as Record<string, unknown>[])[0]!['process'] = 'gateway'), /\$\.schedule\[0\]\.process: expected kernel, control-plane or client-N/],
    ['bad sut', (r) => (r['sut'] = { kind: 'alien' }), /\$\.sut\.kind: expected one of reference, mutant, module/],
  ];
  for (const [name, spoil, expected] of cases) {
    const copy = JSON.parse(JSON.stringify(repro)) as Record<string, unknown>;
    spoil(copy);
    const file = join(dir, `${name.replace(/ /g, '-')}.json`);
    writeFileSync(file, JSON.stringify(copy));
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    const code = await main(['replay', file], io);
    assert.is(code, 2, `${name}: ${lines.join('\n')}`);
    assert.match(lines.join('\n'), expected, name);
    assert.match(lines.join('\n'), file, `${name} names the file`);
    assert.not.match(lines.join('\n'), /    at /, `${name}: no stack trace`);
  }
});

test.run();
