// `aerosim explore --scenario X [--seed N] [--depth 1|2] [--budget N] [--jobs N]`: every
// single fault (or pair) at every decision point of one fault-free run of each scenario.
// Results go to OUT/results.jsonl in the sweep's format (plus the cell's faults), a
// repro per failing cell, and a table of the port-call sites crashes struck.

import { closeSync, openSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { wallNow } from '../clock.ts';
import { type Cell, cells, type Learned, pairCellsFrom, pairFirsts, type SiteRow, tallySites, timingOf } from '../explore.ts';
import { finishedRun } from '../isolated.ts';
import { checkSutLoads, WorkerPool } from '../pool.ts';
import { codeVersion, reproOf, writeRepro } from '../repro.ts';
import { header, resultLine } from '../results.ts';
import { planOf } from '../runner.ts';
import { InputError } from '../scenario-file.ts';
import { shellQuote } from '../shell.ts';
import type { RunSummary } from '../summary.ts';
import { describeSut } from '../sut.ts';
import { describeVerdict } from '../verdict.ts';
import { countOf, EXIT, type Io, jobsOf, prepareDirectory, scenariosWithArgs, seedOf, sutRefOf } from './common.ts';
import { printTable } from './mutants.ts';
import { runTimeoutOf } from './run.ts';

export interface ExploreArgs {
  scenario?: string | undefined;
  seed?: string | undefined;
  depth?: number | undefined;
  budget?: number | undefined;
  jobs?: number | undefined;
  out: string;
  sut?: string | undefined;
  mutant?: string | undefined;
  delayMs?: number | undefined;
  maxFailures?: number | undefined;
  runTimeout?: number | undefined;
}

export async function commandExplore(io: Io, args: ExploreArgs): Promise<number> {
  const scenarios = scenariosWithArgs(args.scenario);
  const seed = seedOf(args.seed ?? '1');
  const depth = args.depth ?? 1;
  if (depth !== 1 && depth !== 2) throw new InputError('--depth is not valid; expected 1 (every single fault) or 2 (pairs)');
  const budget = countOf('budget', args.budget, 20_000);
  const maxFailures = args.maxFailures === undefined ? Number.POSITIVE_INFINITY : countOf('max-failures', args.maxFailures, 1);
  const jobs = jobsOf(args.jobs);
  const sutRef = sutRefOf(args);
  const runTimeoutMs = runTimeoutOf(args.runTimeout);
  await checkSutLoads(sutRef); // a module that cannot load, or loads forever, is bad input, said here
  prepareDirectory(args.out, 'out');
  const resultsFile = join(args.out, 'results.jsonl');
  const fd = openSync(resultsFile, 'w');
  writeSync(fd, `${JSON.stringify(header())}\n`);
  const version = codeVersion();
  const sites = new Map<string, SiteRow>();
  const started = wallNow();
  // every run on a worker, even with --jobs 1: a system that loops forever or ends its
  // process is then a verdict with a repro (the pool's run timeout), not a hung command
  const pool = new WorkerPool(jobs, { runTimeoutMs });
  let total = 0;
  let failed = 0;
  const firstFailures: string[] = [];
  try {
    for (const { arg, scenario } of scenarios) {
      if (failed >= maxFailures) break;
      const plan = planOf(scenario, seed);
      let failedHere = 0;
      const record = (cell: Cell, index: number | string, summary: RunSummary, fingerprints: ReadonlyMap<number, string>) => {
        total++;
        const failing = summary.verdict.kind !== 'pass';
        tallySites(sites, cell, fingerprints, failing);
        let repro: string | undefined;
        if (failing) {
          failed++;
          failedHere++;
          repro = join(args.out, `repro-explore-${scenario.name}-${index}.json`);
          const held = { ...summary, repro: { schedule: cell.schedule, fingerprints: [...fingerprints], plan } };
          writeRepro(repro, reproOf(held, arg, scenario, sutRef, version));
          const what = cell.faults.length > 0 ? cell.faults.join(' + ') : 'no fault';
          if (firstFailures.length < 10) firstFailures.push(`  ${scenario.name} cell ${index} (${what}): ${describeVerdict(summary.verdict)}\n    replay: npx aerosim replay ${shellQuote(relative(process.cwd(), repro))}`);
        }
        writeSync(fd, `${JSON.stringify({ ...resultLine(summary, repro !== undefined ? { repro } : {}), cell: cell.faults })}\n`);
      };
      /** Runs these cells on the workers, 64 a batch, a wave at a time (so --max-failures
       * stops soon); with `learn`, returns the decision points each reached (null: a run
       * that never finished, recorded as a failing cell named `learn-<label>`). */
      const runCells = async (todo: readonly Cell[], learnAs: string | null): Promise<(Learned | null)[]> => {
        const learned: (Learned | null)[] = new Array<Learned | null>(todo.length).fill(null);
        const size = 64;
        let batches: Promise<void>[] = [];
        for (let start = 0; start < todo.length && failed < maxFailures; start += size) {
          if (batches.length >= jobs * 2) {
            await Promise.all(batches);
            batches = [];
            if (failed >= maxFailures) break;
          }
          const slice = todo.slice(start, start + size);
          batches.push(
            pool
              .runBatch(scenario, slice.map(() => String(seed)), sutRef, {
                replays: slice.map((cell) => ({ schedule: cell.schedule, fingerprints: [], plan })),
                detail: { verbose: false, explain: false },
                ...(learnAs !== null ? { learn: true } : {}),
              })
              .then((batch) => {
                let next = 0;
                batch.summaries.forEach((summary, offset) => {
                  // a run that never finished (a hang, a dead worker) has no detail
                  const detail = finishedRun(summary) ? batch.details[next++] : undefined;
                  const cell = slice[offset] as Cell;
                  if (learnAs !== null) {
                    // a learning run is recorded only when it never finished: its cell is not run again
                    if (detail?.learned !== undefined) learned[start + offset] = { keys: detail.learned.keys, sites: new Map(detail.learned.sites) };
                    else record(cell, `learn-${learnAs}${todo.length > 1 ? `-${start + offset}` : ''}`, summary, new Map());
                    return;
                  }
                  const { repro: _held, ...plain } = detail?.summary ?? summary;
                  record(cell, start + offset, plain, new Map(detail?.summary.repro.fingerprints ?? []));
                });
              }),
          );
        }
        await Promise.all(batches);
        return learned;
      };
      // the fault-free run, to learn its decision points
      const [baseline] = await runCells([{ schedule: [], faults: [] }], 'baseline');
      if (baseline === null || baseline === undefined) {
        io.out(`${scenario.name.padEnd(28)} the fault-free run never finished: nothing to explore`);
        continue;
      }
      const points = { anchors: baseline.keys, sites: baseline.sites };
      const timing = timingOf(scenario, args.delayMs);
      let todo: Cell[];
      if (depth === 1) {
        todo = cells(points, budget, timing);
      } else {
        // each first fault run once, with its fault, to learn the points it reaches
        const firsts = pairFirsts(points, budget, timing);
        const learnedRuns = await runCells(firsts.map((first) => first.cell), 'first');
        todo = pairCellsFrom(points, timing, firsts, learnedRuns);
      }
      await runCells(todo, null);
      io.out(`${scenario.name.padEnd(28)} ${String(points.anchors.length).padStart(6)} decision points  ${String(todo.length).padStart(7)} cells  ${failedHere > 0 ? `${failedHere} FAILED` : 'all held'}`);
    }
  } finally {
    closeSync(fd);
    await pool.close();
  }
  io.out('');
  io.out(`port-call sites a crash struck (${sites.size}):`);
  printTable(
    io,
    ['site', 'crashes', 'failing'],
    [...sites.values()].sort((a, b) => a.site.localeCompare(b.site)).map((row) => [row.site, String(row.struck), String(row.failed)]),
  );
  io.out('');
  io.out(`explore: ${total.toLocaleString('en-US')} cells (depth ${depth}, seed ${seed}) in ${((wallNow() - started) / 1000).toFixed(1)} s; system: ${describeSut(sutRef)}; ${failed} failed   (${relative(process.cwd(), resultsFile)})`);
  for (const line of firstFailures) io.out(line);
  return failed > 0 ? EXIT.fail : EXIT.pass;
}
