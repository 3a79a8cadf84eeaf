// Exhaustive exploration: one fault-free run teaches the decision points; every single
// fault at each of them is a cell, keyed as replay keys it, so a failing cell is a repro.

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../sim/cli.ts';
import { cells, decisionPoints, learn, pairCells, siteOf } from '../sim/explore.ts';
import { loadScenario } from '../sim/scenario-file.ts';
import { reference } from '../src/index.ts';

async function cli(args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await main(args, { out: (t) => lines.push(t), err: (t) => lines.push(t) });
  return { code, text: lines.join('\n') };
}

test('the fault-free run asks about every port call, event and send; each becomes cells', () => {
  const points = learn(loadScenario('calm'), 1n, reference);
  assert.is(points.baseline.verdict.kind, 'pass');
  assert.ok(points.anchors.length > 500, `${points.anchors.length} decision points`);
  const timing = { delayMs: 50, lateCopyMs: 50, slowRestartMs: 0 };
  const all = cells(points, Number.MAX_SAFE_INTEGER, timing);
  const kinds = new Set(all.map((cell) => cell.faults.join(' + ')));
  for (const kind of ['drop', 'duplicate', 'delay', 'crash at a port call', 'crash after an event', 'crash before an event', 'crash at a port call + losing every unsynced record']) assert.ok(kinds.has(kind), kind);
  assert.is(cells(points, 100, timing).length, 100, 'a budget samples evenly');
});

test('depth 2 takes its second fault from the run the first one made, new decision points first', () => {
  const scenario = loadScenario('calm');
  const points = learn(scenario, 1n, reference);
  const baseline = new Set(points.anchors);
  const pairs = pairCells(points, 500, { delayMs: 50, lateCopyMs: 50, slowRestartMs: 600 }, (schedule) => decisionPoints(scenario, 1n, reference, points.plan, schedule));
  assert.ok(pairs.length > 400 && pairs.length <= 500, `${pairs.length} pairs`);
  assert.ok(pairs.every((cell) => cell.schedule.length >= 2));
  // a crash's successor incarnation has decision points the fault-free run never had
  const novel = pairs.filter((cell) => cell.schedule.some(([key]) => !baseline.has(key)));
  assert.ok(novel.length > pairs.length / 4, `${novel.length} of ${pairs.length} pairs fault a point only the first fault's run reached`);
  assert.ok(pairs.some((cell) => cell.faults.includes('slow restart')), 'a crash is paired with a slow restart');
});

test('sites name the role, the call and the kind, without ids', () => {
  assert.is(siteOf('append AUDIT r3 by control-plane'), 'control-plane append AUDIT');
  assert.is(siteOf('send submit r5 by client-1 to control-plane'), 'client send submit');
  assert.is(siteOf('drawId  by kernel'), 'kernel drawId');
});

test('explore: the reference holds every cell; a mutant fails cells whose repros replay', async () => {
  const out = mkdtempSync(join(tmpdir(), 'aerosim-explore-'));
  const held = await cli(['explore', '--scenario', 'calm', '--budget', '400', '--jobs', '1', '--out', join(out, 'ref')]);
  assert.is(held.code, 0, held.text);
  assert.match(held.text, /calm +\d+ decision points +400 cells +all held/);
  assert.match(held.text, /kernel append EXEC/);
  const failing = await cli(['explore', '--scenario', 'calm', '--budget', '400', '--jobs', '1', '--mutant', 'kernel-ack-before-sync', '--out', join(out, 'm')]);
  assert.is(failing.code, 1, failing.text);
  const repro = readdirSync(join(out, 'm')).find((name) => name.startsWith('repro-explore-'));
  assert.ok(repro !== undefined);
  const replay = await cli(['replay', join(out, 'm', repro as string), '--quiet']);
  assert.match(replay.text, /reproduced: outcome\.from-kernel/);
});

test('explore: a system that loops forever is a hang with a repro, on one worker too, and the command ends', async () => {
  const out = mkdtempSync(join(tmpdir(), 'aerosim-explore-hang-'));
  const { code, text } = await cli(['explore', '--scenario', 'mixed', '--jobs', '1', '--run-timeout', '0.5', '--sut', 'test/fixtures/sut-hangs.ts', '--out', out]);
  assert.is(code, 1, text);
  assert.match(text, /mixed cell learn-baseline \(no fault\): hang: the run did not finish within 500 ms/);
  assert.match(text, /replay: npx aerosim replay .*repro-explore-mixed-learn-baseline\.json/);
  assert.ok(readdirSync(out).includes('repro-explore-mixed-learn-baseline.json'));
});

test.run();
