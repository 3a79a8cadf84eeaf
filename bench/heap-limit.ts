// What a worker's heap limit costs: the same sweep (`--jobs 1`, so one worker does every
// run) under `--heap 1024` and `--heap 4096`, interleaved round by round, wall and CPU time
// of the whole command. V8 tunes its collector to the limit it is given; this is the
// measurement behind the default of DEFAULT_HEAP_MB (sim/pool.ts). Not a test.
//
//   node --import tsx bench/heap-limit.ts [scenario=mixed] [seeds=3000] [rounds=3] [limits=1024,4096]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [scenario = 'mixed', seeds = '3000', roundsText = '3', limitsText = '1024,4096'] = process.argv.slice(2);
const limits = limitsText.split(',').map(Number);
const rounds = Number(roundsText);
const bin = new URL('../bin/aerosim.mjs', import.meta.url).pathname;
const wall = new Map<number, number[]>(limits.map((limit) => [limit, []]));

for (let round = 0; round < rounds; round++) {
  // alternate which limit goes first, so that a drift of the machine favours neither
  for (const limit of round % 2 === 0 ? limits : [...limits].reverse()) {
    const out = mkdtempSync(join(tmpdir(), 'aerosim-heap-'));
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [bin, 'sweep', '--scenario', scenario, '--seeds', seeds, '--jobs', '1', '--check-determinism', '0', '--no-progress', '--out', out, '--heap', String(limit)], { stdio: 'ignore' });
    const line = { status: run.status, wall: Number(process.hrtime.bigint() - started) / 1e9 };
    rmSync(out, { recursive: true, force: true });
    if (line.status !== 0) throw new Error(`sweep under --heap ${limit} exited ${line.status}`);
    wall.get(limit)!.push(line.wall);
    process.stdout.write(`round ${round + 1}: --heap ${limit}: ${line.wall.toFixed(2)} s\n`);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const range = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
console.log(`\n${seeds} seeds of ${scenario}, --jobs 1, ${rounds} rounds, wall time of the whole command:\n`);
console.log('| --heap | wall s | ÷ first |\n|---:|---:|---:|');
const base = median(wall.get(limits[0] as number)!);
for (const limit of limits) {
  const values = wall.get(limit)!;
  console.log(`| ${limit} MB | ${median(values).toFixed(2)} (${range(values)}) | ${(median(values) / base).toFixed(2)}× |`);
}
