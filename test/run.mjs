// npm test's runner: the test files split over two uvu processes, one per core.
//
// Run one after another, each alone in a process of its own, the files took 151 s of wall
// time on a quiet machine (2026-12-02, a fresh build), against 92 s for the two processes:
// their sweeps, workers and child processes keep more than one core busy, and two processes
// fill both. Each process runs whole files, so a file's tests still run in order and alone;
// the split is by those measured durations (seconds; report-browser with Debian's chromium
// installed, as .ci/run does), greedy, longest first (84 s and 89 s that day). A file not in
// the table weighs 2 s. Each process's output is printed whole when it ends, so the two
// never interleave.
// AEROSIM_TEST_JOBS=1 runs every file in one process, as uvu alone would.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The CLI, its workers and its child processes load the build in .build/ only while it is as
// new as the sources, else they compile TypeScript as they start (~4x slower each): after an
// edit, the suite took 180 s on a stale build against 130 s on a fresh one (one run each, the
// same hour, 2026-12-02). Rebuilt here first when stale (npm ci's build is fresh).
const { buildIsFresh } = await import(new URL('../sim/entry.mjs', import.meta.url).href);
if (!buildIsFresh()) {
  process.stdout.write('test/run.mjs: .build/ is older than the sources; rebuilding it (node sim/build.mjs)\n');
  const built = spawnSync(process.execPath, [join(root, 'sim/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.stdout.write('test/run.mjs: the build failed; the tests run through tsx\n');
}
const WEIGHTS = {
  sweep: 24.5, 'alternative-systems': 18, mutants: 15.3, 'every-failure-replays': 11.9, explore: 9.4, 'pool-loading': 8,
  cli: 6.8, 'report-browser': 6.4, 'reliability/output': 6.3, 'reliability/report': 5.5, scenarios: 4.8, 'reliability/hostile': 4.8,
  invariants: 4, 'reliability/cli': 3.1, 'timing-swarm': 3, 'reliability/sut-formats': 2.1, 'oracle-indexes': 2.1,
  'operator-ask-about-another': 1.9, world: 1.7, witnesses: 1.1, replay: 0.7, 'sequence-svg': 0.5, 'workload-invalid': 0.5,
  determinism: 0.5, 'answer-words': 0.3, rng: 0.3, kernel: 0.3,
};
// Every *.test.ts under test/, by its path from there without the suffix (as uvu names them).
const names = readdirSync(join(root, 'test'), { recursive: true })
  .map((f) => String(f).split('\\').join('/'))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -'.test.ts'.length))
  .sort();
const jobs = Math.max(1, Math.min(Number(process.env.AEROSIM_TEST_JOBS ?? 2) || 1, names.length));
const groups = Array.from({ length: jobs }, () => ({ names: [], weight: 0 }));
for (const name of [...names].sort((a, b) => (WEIGHTS[b] ?? 2) - (WEIGHTS[a] ?? 2) || a.localeCompare(b))) {
  const lightest = groups.reduce((best, g) => (g.weight < best.weight ? g : best));
  lightest.names.push(name);
  lightest.weight += WEIGHTS[name] ?? 2;
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function run(group) {
  const pattern = `^(${group.names.map(escape).join('|')})\\.test\\.ts$`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'node_modules/uvu/bin.js'), 'test', pattern], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => out.push(b));
    child.on('error', (err) => resolve({ group, code: 1, text: `test/run.mjs: could not start uvu: ${err.message}\n` }));
    child.on('close', (code, signal) => resolve({ group, code: code ?? 1, text: Buffer.concat(out).toString() + (signal ? `\n(uvu ended by ${signal})\n` : '') }));
  });
}

const results = await Promise.all(groups.filter((g) => g.names.length > 0).map(run));
let failed = 0;
for (const { group, code, text } of results) {
  process.stdout.write(`\n── uvu: ${group.names.join(', ')}\n${text}`);
  if (code !== 0) failed++;
}
const totals = results.map(({ text }) => {
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  const num = (label) => Number(/\s+(\d+)/.exec(plain.slice(plain.lastIndexOf(label) + label.length))?.[1] ?? NaN);
  return { total: num('Total:'), passed: num('Passed:'), skipped: num('Skipped:') };
});
const sum = (k) => totals.reduce((s, t) => s + t[k], 0);
process.stdout.write(`\n── all ${results.length} uvu processes: ${sum('passed')} of ${sum('total')} tests passed, ${sum('skipped')} skipped; ${failed === 0 ? 'ok' : `${failed} process(es) failed`}\n`);
process.exit(failed === 0 ? 0 : 1);
