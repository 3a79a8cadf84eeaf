// The sweep's throughput at scale, measured on the real CLI in a child process (so the
// figures include workers, batching and writing results.jsonl):
//
//   node --import tsx bench/sweep.ts scaling [RUNS]   --jobs 1 vs --jobs 2 (default 20,000 runs of all)
//   node --import tsx bench/sweep.ts all [RUNS]       wall time of RUNS runs of all (default 100,000)
//   node --import tsx bench/sweep.ts rss [RUNS]       peak RSS at 100k runs and at the end (default 1,000,000)
//
// This machine has 2 cores and is noisy: compare figures taken in one invocation.

import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtinScenarioNames } from '../sim/scenario-file.ts';

const BIN = resolve('bin/aerosim.mjs');
const [mode = 'scaling', runsText] = process.argv.slice(2);
const scenarios = builtinScenarioNames().length;

interface Measured {
  readonly seconds: number;
  readonly runs: number;
  readonly peakRssMb: number;
  /** peak RSS when the results file held this many runs (sampled) */
  readonly rssAt: Map<number, number>;
}

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match !== null ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Counts the lines of a growing file, reading only what was appended since last time. */
function lineCounter(file: string): () => number {
  let offset = 0;
  let lines = 0;
  return () => {
    if (!existsSync(file)) return 0;
    const size = statSync(file).size;
    if (size > offset) {
      const fd = openSync(file, 'r');
      const buffer = Buffer.alloc(size - offset);
      readSync(fd, buffer, 0, buffer.length, offset);
      closeSync(fd);
      for (let i = 0; i < buffer.length; i++) if (buffer[i] === 10) lines++;
      offset = size;
    }
    return Math.max(0, lines - 1); // the header line
  };
}

async function sweep(runs: number, jobs: number, marks: readonly number[] = []): Promise<Measured> {
  const out = mkdtempSync(join(tmpdir(), 'aerosim-bench-'));
  const seeds = Math.ceil(runs / scenarios);
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'sweep', '--scenario', 'all', '--seeds', String(seeds), '--jobs', String(jobs), '--out', out, '--no-progress', '--check-determinism', '0'], { stdio: 'ignore' });
  let peak = 0;
  const rssAt = new Map<number, number>();
  const pending = [...marks];
  const countLines = lineCounter(join(out, 'results.jsonl'));
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const rss = rssMb(child.pid);
    peak = Math.max(peak, rss);
    if (pending.length > 0 && countLines() >= (pending[0] as number)) rssAt.set(pending.shift() as number, peak);
  }, 500);
  const code = await new Promise<number>((done) => child.on('exit', (c) => done(c ?? -1)));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const done = countLines();
  if (code === 0) rmSync(out, { recursive: true, force: true });
  else console.log(`the sweep exited ${code}: its results and repros are kept in ${out} (npx aerosim report --in ${out})`);
  rssAt.set(done, peak);
  return { seconds, runs: done, peakRssMb: peak, rssAt };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

if (mode === 'scaling') {
  const runs = Number(runsText ?? 20_000);
  const one = await sweep(runs, 1);
  const two = await sweep(runs, 2);
  console.log(`${fmt(one.runs)} runs of all (${scenarios} scenarios), whole CLI, checks on, determinism sampling off`);
  console.log(`--jobs 1: ${one.seconds.toFixed(1)} s, ${fmt(one.runs / one.seconds)} runs/s`);
  console.log(`--jobs 2: ${two.seconds.toFixed(1)} s, ${fmt(two.runs / two.seconds)} runs/s`);
  console.log(`speed-up: ${(one.seconds / two.seconds).toFixed(2)}× (target 1.8×)`);
} else if (mode === 'all') {
  const runs = Number(runsText ?? 100_000);
  const result = await sweep(runs, 2);
  console.log(`${fmt(result.runs)} runs of all on 2 workers: ${result.seconds.toFixed(1)} s (${fmt(result.runs / result.seconds)} runs/s; target < 60 s); peak RSS ${result.peakRssMb.toFixed(0)} MB`);
} else if (mode === 'rss') {
  const runs = Number(runsText ?? 1_000_000);
  const marks = [100_000, 250_000, 500_000, 750_000].filter((mark) => mark < runs);
  const result = await sweep(runs, 2, marks);
  console.log(`${fmt(result.runs)} runs of all on 2 workers in ${(result.seconds / 60).toFixed(1)} min`);
  for (const [at, rss] of [...result.rssAt].sort((a, b) => a[0] - b[0])) console.log(`peak RSS by ${fmt(at)} runs: ${rss.toFixed(0)} MB`);
} else {
  console.error(`unknown mode "${mode}"; expected scaling, all or rss`);
  process.exitCode = 2;
}
