// The report command: shards merged give the report of the same seeds run unsharded; input
// it cannot trust is refused (the same pair twice, mixed systems) or named (corrupt lines),
// and a page is written even then, so a failing run never leaves an old green report.

import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../../sim/cli.ts';

function capture() {
  const lines: string[] = [];
  return { lines, io: { out: (text: string) => lines.push(text), err: (text: string) => lines.push(text) } };
}

const scratch = (name: string) => mkdtempSync(join(tmpdir(), `aerosim-report-${name}-`));

/** report.json without what differs by when and where it was made. */
function comparable(file: string): unknown {
  const { generated: _g, inputs: _i, provenance: _p, groups, failing, ...rest } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const strip = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v) => (key === 'repro' ? undefined : v)));
  const sorted = (failing as { scenario: string; seed: string }[]).map(strip).sort((a: { scenario: string; seed: string }, b: { scenario: string; seed: string }) => `${a.scenario}${a.seed}`.localeCompare(`${b.scenario}${b.seed}`));
  return { ...rest, failing: sorted, groups: strip(groups).map((g: { signature: string; count: number; scenarios: string[] }) => ({ signature: g.signature, count: g.count, scenarios: [...g.scenarios].sort() })) };
}

test('the report of two shards merged equals the report of the same seeds unsharded', async () => {
  const dir = scratch('shards');
  const sweep = ['sweep', '--scenario', 'calm,kernel-rejection', '--seeds', '12', '--mutant', 'cp-guesses-on-timeout', '--jobs', '1', '--no-progress', '--check-determinism', '0'];
  const quiet = capture().io;
  await main([...sweep, '--out', join(dir, 'all')], quiet);
  await main([...sweep, '--shard', '1/2', '--out', join(dir, 's1')], quiet);
  await main([...sweep, '--shard', '2/2', '--out', join(dir, 's2')], quiet);
  const one = capture();
  const two = capture();
  await main(['report', '--in', join(dir, 'all'), '--out', join(dir, 'r-all'), '--shrink-seconds', '1'], one.io);
  await main(['report', '--in', join(dir, 's1'), join(dir, 's2'), '--out', join(dir, 'r-shards'), '--shrink-seconds', '1'], two.io);
  const unsharded = comparable(join(dir, 'r-all', 'report.json')) as { runs: number };
  assert.ok(unsharded.runs === 24);
  assert.equal(comparable(join(dir, 'r-shards', 'report.json')), unsharded);
  assert.match(readFileSync(join(dir, 'r-shards', 'index.html'), 'utf8'), /shard/);
});

test('report refuses the same pairs twice and mixed systems, names corrupt lines, and still writes a page', async () => {
  const dir = scratch('input');
  const quiet = capture().io;
  await main(['sweep', '--scenario', 'calm', '--seeds', '3', '--jobs', '1', '--no-progress', '--check-determinism', '0', '--out', join(dir, 'a')], quiet);
  await main(['sweep', '--scenario', 'calm', '--seeds', '3', '--jobs', '1', '--no-progress', '--check-determinism', '0', '--out', join(dir, 'b')], quiet);
  await main(['sweep', '--scenario', 'calm', '--seeds', '4..5', '--jobs', '1', '--no-progress', '--check-determinism', '0', '--mutant', 'cp-guesses-on-timeout', '--out', join(dir, 'm')], quiet);
  const out = join(dir, 'out');
  writeFileSync(join(dir, 'index-marker'), '');
  const twice = capture();
  assert.is(await main(['report', '--in', join(dir, 'a'), join(dir, 'b'), '--out', out], twice.io), 2);
  assert.match(twice.lines.join('\n'), /calm seed 1 in .*a\/results\.jsonl:2 and .*b\/results\.jsonl:2/);
  assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /not made/, 'a page that says so, not an old one');
  const mixed = capture();
  assert.is(await main(['report', '--in', join(dir, 'a'), join(dir, 'm'), '--out', out], mixed.io), 2);
  assert.match(mixed.lines.join('\n'), /mix systems under test/);
  // the two bad lines go after what the sweep wrote (its line count varies with what it
  // records, e.g. a determinism check)
  const first = readFileSync(join(dir, 'a', 'results.jsonl'), 'utf8').split('\n').filter((line) => line !== '').length + 1;
  appendFileSync(join(dir, 'a', 'results.jsonl'), '{"scenario":1}\n{not json\n');
  const corrupt = capture();
  assert.is(await main(['report', '--in', join(dir, 'a'), '--out', out], corrupt.io), 0);
  const said = corrupt.lines.join('\n');
  assert.match(said, new RegExp(`left out .*results\\.jsonl:${first}: "scenario" is not a string`));
  assert.match(said, new RegExp(`left out .*results\\.jsonl:${first + 1}: not valid JSON`));
  assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /Lines left out \(2\)/);
  assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /PASS — 3 runs/);
});

test('--baseline marks each failure group new, still failing or resolved', async () => {
  const dir = scratch('baseline');
  const quiet = capture().io;
  await main(['sweep', '--scenario', 'calm', '--seeds', '3', '--jobs', '1', '--no-progress', '--check-determinism', '0', '--mutant', 'cp-guesses-on-timeout', '--out', join(dir, 'old')], quiet);
  await main(['report', '--in', join(dir, 'old'), '--out', join(dir, 'r-old'), '--shrink-seconds', '0'], quiet);
  await main(['sweep', '--scenario', 'kernel-rejection', '--seeds', '3', '--jobs', '1', '--no-progress', '--check-determinism', '0', '--mutant', 'cp-guesses-on-timeout', '--out', join(dir, 'new')], quiet);
  await main(['report', '--in', join(dir, 'new'), '--out', join(dir, 'r-new'), '--shrink-seconds', '0', '--baseline', join(dir, 'r-old', 'report.json')], quiet);
  const report = JSON.parse(readFileSync(join(dir, 'r-new', 'report.json'), 'utf8')) as { groups: { status: string }[]; resolved: unknown[] };
  const statuses = new Set(report.groups.map((group) => group.status));
  assert.ok([...statuses].every((status) => status === 'new' || status === 'still failing'));
  const html = readFileSync(join(dir, 'r-new', 'index.html'), 'utf8');
  assert.ok(report.resolved.length === 0 || html.includes('resolved'));
  const bad = capture();
  assert.is(await main(['report', '--in', join(dir, 'new'), '--out', join(dir, 'r-bad'), '--baseline', join(dir, 'new', 'results.jsonl')], bad.io), 2);
  assert.match(bad.lines.join('\n'), /--baseline .*cannot read it as JSON|expected a report\.json/);
});

test.run();
