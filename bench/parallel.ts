// Why `--jobs 2` gives less than 2×: the same checked runs (compiled harness, in process,
// no sweep machinery) on one worker thread, on two worker threads of one process, and in
// two separate processes, interleaved round by round. If two processes scaled better than
// two threads, the loss would be in what threads of one process share (V8's platform
// threads, the allocator); if both lose alike, it is the machine (caches, memory
// bandwidth, the hypervisor). Also: the young generation's size per worker. Not a test.
//
//   node --import tsx bench/parallel.ts [seeds per worker=600] [rounds=3] [young MB=64]

import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = new URL('..', import.meta.url);

/** One share of the runs, as plain JavaScript over the compiled harness (.build/): seeds
 * FIRST … FIRST+COUNT−1 of mixed, checked; reports its wall seconds. The same text runs as
 * a worker thread (eval) and as a separate process (node --input-type=module). */
function share(first: number, count: number, report: 'post' | 'print'): string {
  return `
    const { runOnce } = await import(${JSON.stringify(new URL('.build/sim/runner.js', root).href)});
    const { loadScenario } = await import(${JSON.stringify(new URL('.build/sim/scenario-file.js', root).href)});
    const scenario = loadScenario('mixed');
    const started = process.hrtime.bigint();
    for (let seed = ${first}; seed < ${first + count}; seed++) runOnce({ scenario, seed: BigInt(seed), check: true }).world?.trace.release();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    ${report === 'post' ? "(await import('node:worker_threads')).parentPort.postMessage(seconds);" : 'process.stdout.write(String(seconds));'}`;
}

{
  const { buildIsFresh } = (await import(new URL('sim/entry.mjs', root).href)) as { buildIsFresh(): boolean };
  if (!buildIsFresh()) spawnSync(process.execPath, [fileURLToPath(new URL('sim/build.mjs', root))], { stdio: 'ignore' });
  const [seedsText = '600', roundsText = '3', youngText = '64'] = process.argv.slice(2);
  const seeds = Number(seedsText);
  const rounds = Number(roundsText);
  const young = Number(youngText);

  const thread = (first: number) =>
    new Promise<number>((resolve, reject) => {
      // (an ES module as eval'd worker code: a data: URL, which may import file: URLs)
      const code = new URL(`data:text/javascript,${encodeURIComponent(share(first, seeds, 'post'))}`);
      const worker = new Worker(code, { resourceLimits: { maxOldGenerationSizeMb: 4096, maxYoungGenerationSizeMb: young } });
      worker.once('message', (seconds: number) => {
        resolve(seconds);
        void worker.terminate();
      });
      worker.once('error', reject);
    });
  const child = (first: number) =>
    new Promise<number>((resolve, reject) => {
      const run = spawn(process.execPath, ['--input-type=module', '-e', share(first, seeds, 'print')], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      run.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      run.once('exit', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`child exited ${code}`))));
    });

  // each mode: the wall seconds of the whole; the two shares run different seeds
  const modes: Record<string, () => Promise<number>> = {
    'one thread': async () => {
      const started = process.hrtime.bigint();
      await thread(1);
      return Number(process.hrtime.bigint() - started) / 1e9;
    },
    'two threads': async () => {
      const started = process.hrtime.bigint();
      await Promise.all([thread(1), thread(1 + seeds)]);
      return Number(process.hrtime.bigint() - started) / 1e9;
    },
    'two processes': async () => {
      const started = process.hrtime.bigint();
      await Promise.all([child(1), child(1 + seeds)]);
      return Number(process.hrtime.bigint() - started) / 1e9;
    },
  };
  const names = Object.keys(modes);
  const seconds = new Map<string, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const wall = await modes[name]!();
      seconds.get(name)!.push(wall);
      process.stdout.write(`round ${round + 1}: ${name}: ${wall.toFixed(2)} s\n`);
    }
  }
  const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const single = seconds.get('one thread')!;
  console.log(`\n${seeds} seeds of mixed per worker, checked, young generation ${young} MB, ${rounds} rounds (wall time, start-up included):\n`);
  console.log('| | wall s | speed-up over one thread (round by round) |\n|---|---:|---:|');
  for (const name of names) {
    const values = seconds.get(name)!;
    const ups = values.map((value, index) => ((name === 'one thread' ? 1 : 2) * (single[index] ?? value)) / value);
    console.log(`| ${name} | ${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}) | ${median(ups).toFixed(2)}× (${Math.min(...ups).toFixed(2)}–${Math.max(...ups).toFixed(2)}) |`);
  }
}
