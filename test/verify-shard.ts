// One shard of verify's two in-process checks (test/verify.ts runs one shard in a child
// process beside the other, so both cores work: they were ~200 s of verify on one core).
// Prints one JSON line: { problems, runs, modules }.
//
//   node --import tsx test/verify-shard.ts shrink|hunt <shard> <shards>

import { MUTANTS } from '../mutants/index.ts';
import { builtinScenarioNames, loadScenario } from '../sim/scenario-file.ts';
import { folderMutantFiles, huntFolderMutant } from './folder-mutants.ts';
import { shrinkEachMutant } from './repro-kit.ts';

export interface ShardResult {
  readonly problems: string[];
  readonly runs: number;
  readonly modules: number;
}

/** Every `shards`-th item from `shard` on (interleaved: neighbours cost alike). */
function pick<T>(items: readonly T[], shard: number, shards: number): T[] {
  return items.filter((_, index) => index % shards === shard);
}

export async function runShard(job: string, shard: number, shards: number): Promise<ShardResult> {
  if (job === 'shrink') {
    const mutants = pick(MUTANTS, shard, shards);
    return { problems: shrinkEachMutant(mutants), runs: 0, modules: mutants.length };
  }
  if (job === 'hunt') {
    const scenarios = builtinScenarioNames().map((name) => loadScenario(name));
    const files = pick(folderMutantFiles(), shard, shards);
    const problems: string[] = [];
    let runs = 0;
    for (const file of files) {
      const hunt = await huntFolderMutant(file, 20, scenarios);
      runs += hunt.runs;
      if (hunt.caught === null || hunt.caught.startsWith('not a system under test')) problems.push(`${file}${hunt.caught !== null ? ` (${hunt.caught})` : ''}`);
    }
    return { problems, runs, modules: files.length };
  }
  throw new Error(`verify-shard: unknown job ${JSON.stringify(job)} (expected shrink or hunt)`);
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const [job = '', shard = '0', shards = '1'] = process.argv.slice(2);
  process.stdout.write(`${JSON.stringify(await runShard(job, Number(shard), Number(shards)))}\n`);
}
