// `aerosim explore --scenario X [--seed N] [--depth 1|2] [--budget N] [--jobs N]`: every
// single fault (or pair) at every decision point of one fault-free run of each scenario.
// Results go to OUT/results.jsonl in the sweep's format (plus the cell's faults), a
// repro per failing cell, and a table of the port-call sites crashes struck.

import { closeSync, openSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { wallNow } from '../clock.ts';
import { type Cell, cells, decisionPoints, learn, pairCells, type SiteRow, tallySites, timingOf } from '../explore.ts';
import { finishedRun } from '../isolated.ts';
import { loadSut, WorkerPool } from '../pool.ts';
import { codeVersion, reproOf, writeRepro } from '../repro.ts';
import { header, resultLine } from '../results.ts';
import { runOnce } from '../runner.ts';
import { InputError } from '../scenario-file.ts';
import { shellQuote } from '../shell.ts';
import { summarize, type RunSummary } from '../summary.ts';
import { describeSut } from '../sut.ts';
import { describeVerdict } from '../verdict.ts';
import { countOf, EXIT, type Io, jobsOf, prepareDirectory, scenariosWithArgs, seedOf, sutRefOf } from './common.ts';
import { printTable } from './mutants.ts';

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
  const sut = await loadSut(sutRef);
  prepareDirectory(args.out, 'out');
  const resultsFile = join(args.out, 'results.jsonl');
  const fd = openSync(resultsFile, 'w');
  writeSync(fd, `${JSON.stringify(header())}\n`);
  const version = codeVersion();
  const sites = new Map<string, SiteRow>();
  const started = wallNow();
  const pool = jobs > 1 ? new WorkerPool(jobs) : null;
  let total = 0;
  let failed = 0;
  const firstFailures: string[] = [];
  try {
    for (const { arg, scenario } of scenarios) {
      if (failed >= maxFailures) break;
      const points = learn(scenario, seed, sut);
      const timing = timingOf(scenario, args.delayMs);
      const todo = depth === 1 ? cells(points, budget, timing) : pairCells(points, budget, timing, (schedule) => decisionPoints(scenario, seed, sut, points.plan, schedule));
      let failedHere = 0;
      const record = (cell: Cell, index: number, summary: RunSummary, fingerprints: ReadonlyMap<number, string>) => {
        total++;
        const failing = summary.verdict.kind !== 'pass';
        tallySites(sites, cell, fingerprints, failing);
        let repro: string | undefined;
        if (failing) {
          failed++;
          failedHere++;
          repro = join(args.out, `repro-explore-${scenario.name}-${index}.json`);
          const held = { ...summary, repro: { schedule: cell.schedule, fingerprints: [...fingerprints], plan: points.plan } };
          writeRepro(repro, reproOf(held, arg, scenario, sutRef, version));
          if (firstFailures.length < 10) firstFailures.push(`  ${scenario.name} cell ${index} (${cell.faults.join(' + ')}): ${describeVerdict(summary.verdict)}\n    replay: npx aerosim replay ${shellQuote(relative(process.cwd(), repro))}`);
        }
        writeSync(fd, `${JSON.stringify({ ...resultLine(summary, repro !== undefined ? { repro } : {}), cell: cell.faults })}\n`);
      };
      if (pool === null) {
        todo.forEach((cell, index) => {
          if (failed >= maxFailures) return;
          const result = runOnce({ scenario, seed, sut, schedule: new Map(cell.schedule), plan: points.plan });
          const { repro: _repro, ...summary } = summarize(result);
          record(cell, index, summary, result.fingerprints);
          result.world?.trace.release();
        });
      } else {
        // cells in batches of 64, one schedule per run, spread over the workers
        const size = 64;
        let batches: Promise<void>[] = [];
        for (let start = 0; start < todo.length && failed < maxFailures; start += size) {
          if (batches.length >= jobs * 2) {
            await Promise.all(batches); // a wave at a time, so --max-failures stops soon
            batches = [];
            if (failed >= maxFailures) break;
          }
          const slice = todo.slice(start, start + size);
          batches.push(
            pool
              .runBatch(scenario, slice.map(() => String(seed)), sutRef, {
                replays: slice.map((cell) => ({ schedule: cell.schedule, fingerprints: [], plan: points.plan })),
                detail: { verbose: false, explain: false },
              })
              .then((batch) => {
                let next = 0;
                batch.summaries.forEach((summary, offset) => {
                  // a run that never finished (a hang, a dead worker) has no detail
                  const detail = finishedRun(summary) ? batch.details[next++] : undefined;
                  const { repro: _held, ...plain } = detail?.summary ?? summary;
                  record(slice[offset] as Cell, start + offset, plain, new Map(detail?.summary.repro.fingerprints ?? []));
                });
              }),
          );
        }
        await Promise.all(batches);
      }
      io.out(`${scenario.name.padEnd(28)} ${String(points.anchors.length).padStart(6)} decision points  ${String(todo.length).padStart(7)} cells  ${failedHere > 0 ? `${failedHere} FAILED` : 'all held'}`);
    }
  } finally {
    closeSync(fd);
    await pool?.close();
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
