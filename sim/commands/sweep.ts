// `aerosim sweep`: many seeds of one or all scenarios on worker threads, sharded,
// resumable, streaming results to DIR/results.jsonl and a repro file per failure; a
// summary, and JUnit XML on request.

import { join, relative } from 'node:path';
import { wallDate } from '../clock.ts';
import { buildForCoverage, reportCoverage } from '../coverage.ts';
import { DiskFullError, lockFolder, writeAtomically } from '../files.ts';
import { junitXml } from '../junit.ts';
import { codeVersion } from '../repro.ts';
import { parseSeed, SEED_EXPECTED } from '../rng.ts';
import { InputError } from '../scenario-file.ts';
import { witnessShares } from '../results.ts';
import { parseRamp, rampText } from '../ramp.ts';
import { runSweep, type SweepOptions } from '../sweep.ts';
import { describeSut, sutFlags } from '../sut.ts';
import { loadSut } from '../pool.ts';
import { describeVerdict } from '../verdict.ts';
import { shellQuote } from '../shell.ts';
import { EXIT, heapOf, type Io, invocation, jobsOf, prepareDirectory, prepareFile, scenariosWithArgs, sutRefOf } from './common.ts';

export interface SweepArgs {
  scenario: string;
  seeds: string;
  jobs?: number | undefined;
  shard?: string | undefined;
  sut?: string | undefined;
  mutant?: string | undefined;
  out: string;
  junit?: string | undefined;
  resume?: boolean | undefined;
  timeBudget?: number | undefined;
  checkDeterminism: number;
  maxFailures?: number | undefined;
  runTimeout: number;
  batch: number;
  progress?: boolean | undefined;
  coverage?: boolean | undefined;
  heap?: number | undefined;
  ramp?: string | undefined;
}

/** Parses "N" (1..N) or "A..B" (inclusive). */
export function parseSeedRange(text: string): { first: bigint; last: bigint } {
  const range = /^(.+)\.\.(.+)$/.exec(text);
  if (range !== null) {
    const first = parseSeed(range[1] as string);
    const last = parseSeed(range[2] as string);
    if (first === null || last === null || last < first) {
      throw new InputError(`--seeds "${text}" is not a valid range; expected A..B with A ≤ B, each ${SEED_EXPECTED}`);
    }
    return { first, last };
  }
  const count = parseSeed(text);
  if (count === null || count === 0n) throw new InputError(`--seeds "${text}" is not valid; expected a count N ≥ 1 or a range A..B`);
  return { first: 1n, last: count };
}

export function parseShard(text: string | undefined): SweepOptions['shard'] {
  if (text === undefined) return null;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || !(count >= 1) || !(index >= 1 && index <= count)) {
    throw new InputError(`--shard "${text}" is not valid; expected K/N with 1 ≤ K ≤ N, e.g. 2/8`);
  }
  return { index, count };
}

function positive(flag: string, value: number | undefined, integer: boolean): number | null {
  if (value === undefined) return null;
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new InputError(`--${flag} is not valid; expected ${integer ? 'a whole number' : 'a number'} > 0`);
  }
  return value;
}

export async function commandSweep(io: Io, args: SweepArgs): Promise<number> {
  const { first, last } = parseSeedRange(args.seeds);
  const scenarios = scenariosWithArgs(args.scenario);
  const sutRef = sutRefOf(args);
  const sut = await loadSut(sutRef);
  const jobs = jobsOf(args.jobs);
  const shard = parseShard(args.shard);
  if (Array.isArray(args.ramp)) throw new InputError(`--ramp is given ${(args.ramp as unknown[]).length} times; give it once`);
  const maxFailures = positive('max-failures', args.maxFailures, true);
  // a hunt (--max-failures) wants its first failure soon: small runs first, unless told
  const ramp = parseRamp(args.ramp ?? (maxFailures !== null ? 'on' : 'off'));
  if (!(args.checkDeterminism >= 0 && args.checkDeterminism <= 1)) {
    throw new InputError(`--check-determinism ${args.checkDeterminism} is not valid; expected a fraction in [0, 1]`);
  }
  const runTimeoutMs = (positive('run-timeout', args.runTimeout, false) ?? 60) * 1000;
  prepareDirectory(args.out, 'out');
  if (args.junit !== undefined) prepareFile(args.junit, 'junit');
  const batchSize = positive('batch', args.batch, true) ?? 50;
  if (args.coverage === true && sutRef.kind !== 'reference') throw new InputError('--coverage measures the reference\'s src/; it does not take --sut or --mutant');
  const coverage = args.coverage === true ? buildForCoverage(args.out) : undefined;
  const started = new Date(wallDate()).toISOString();
  const release = lockFolder(args.out, invocation(), started);
  const interrupt: { onInterrupt?: () => void } = {};
  let signal: 'SIGINT' | 'SIGTERM' | null = null;
  const onSignal = (name: 'SIGINT' | 'SIGTERM') => () => {
    signal ??= name;
    io.err(`\n${name === 'SIGINT' ? 'interrupted' : 'terminated'}: stopping the workers; results so far are in results.jsonl (resume with --resume)`);
    interrupt.onInterrupt?.();
  };
  const onSigint = onSignal('SIGINT');
  const onSigterm = onSignal('SIGTERM');
  process.once('SIGINT', onSigint);
  process.once('SIGTERM', onSigterm);
  const replayOf = (scenario: string, seed: string) => {
    // a ramp's run is <name>@N: the scenario as it was given, at that size
    const [name, size] = scenario.split('@') as [string, string | undefined];
    const exact = scenarios.find((entry) => entry.scenario.name === scenario)?.arg;
    const base = size === undefined ? undefined : scenarios.find((entry) => entry.scenario.name === name)?.arg;
    const arg = exact ?? (base !== undefined ? `${base}@${size}` : scenario);
    return `npx aerosim run --scenario ${shellQuote(arg)} --seed ${seed}${sutFlags(sutRef)}`;
  };
  try {
    const outcome = await runSweep(
      {
        scenarios,
        first,
        last,
        jobs,
        shard,
        sutRef,
        sut,
        outDir: args.out,
        resume: args.resume === true,
        timeBudgetS: positive('time-budget', args.timeBudget, false),
        determinismRate: args.checkDeterminism,
        maxFailures,
        ramp,
        runTimeoutMs,
        batchSize,
        progress: args.progress !== false,
        onFailure: (line) => io.err(`FAIL ${line}`),
        ...(coverage !== undefined ? { coverage } : {}),
        heapMb: heapOf(args.heap),
        provenance: { command: invocation(), sut: describeSut(sutRef), codeVersion: codeVersion(), started, node: process.version, shard: args.shard ?? null },
        identity: { scenarios: scenarios.map((entry) => entry.scenario.name), seeds: `${first}..${last}`, sut: describeSut(sutRef), shard: shard !== null ? `${shard.index}/${shard.count}` : null, ramp: rampText(ramp) },
      },
      interrupt,
    );
    const { total } = outcome;
    io.out('');
    io.out(
      `sweep: ${outcome.runsNow.toLocaleString('en-US')} runs in ${outcome.wallS.toFixed(1)} s (${Math.round(outcome.runsNow / Math.max(outcome.wallS, 0.001)).toLocaleString('en-US')} runs/s) on ${jobs} worker${jobs > 1 ? 's' : ''}` +
        `${shard !== null ? `, shard ${shard.index}/${shard.count}` : ''}; system: ${describeSut(sutRef)}` +
        `${outcome.workersReplaced > 0 ? `; ${outcome.workersReplaced} worker(s) replaced` : ''}`,
    );
    if (outcome.stopped !== 'complete') {
      io.out(`stopped early (${outcome.stopped}): ${total.runs} of ${outcome.pairsPlanned} runs are in ${outcome.resultsFile}; add --resume to continue`);
    }
    io.out(`results: ${total.runs.toLocaleString('en-US')} runs, ${total.events.toLocaleString('en-US')} events, ${total.failures} failed   (${relative(process.cwd(), outcome.resultsFile)})`);
    for (const [name, totals] of Object.entries(total.byScenario)) {
      io.out(`  ${name.padEnd(28)} ${String(totals.runs).padStart(8)} runs  ${totals.failures > 0 ? `${totals.failures} FAILED` : '0 failed'}`);
    }
    const byInvariant = Object.entries(total.byInvariant);
    io.out(`failures by invariant: ${byInvariant.length === 0 ? 'none' : byInvariant.map(([id, n]) => `${id} ${n}`).join(', ')}`);
    // a directed scenario exists to produce its situations: say where it did not
    const unreached: { scenario: string; situation: string; seeds: number; of: number }[] = [];
    for (const { scenario } of scenarios) {
      const runs = total.byScenario[scenario.name]?.runs ?? 0;
      for (const situation of scenario.situations) {
        const reached = total.situations[scenario.name]?.[situation] ?? 0;
        if (runs > 0 && reached < runs) unreached.push({ scenario: scenario.name, situation, seeds: runs - reached, of: runs });
      }
    }
    for (const miss of unreached) io.out(`  directed ${miss.scenario}: ${miss.situation} not reached in ${miss.seeds} of ${miss.of} seeds`);
    const witnesses = witnessShares(total);
    if (witnesses.length > 0) io.out(`faults with a witnessed effect: ${witnesses.map((row) => `${row.fault} ${row.share} of ${row.injected.toLocaleString('en-US')}`).join(', ')}`);
    for (const line of total.failing.slice(0, 10)) {
      io.out(`  ${line.scenario} seed ${line.seed}${line.check === 'determinism' ? ' (determinism)' : ''}: ${describeVerdict(line.verdict)}`);
      io.out(`    replay: ${line.repro !== undefined ? `npx aerosim replay ${shellQuote(relative(process.cwd(), line.repro))}` : replayOf(line.scenario, line.seed)}`);
    }
    if (total.failing.length > 10) io.out(`  … ${total.failures - 10} more in ${relative(process.cwd(), outcome.resultsFile)}`);
    if (coverage !== undefined && outcome.stopped !== 'interrupted') {
      const files = reportCoverage(coverage, args.out);
      const lines = files.reduce((sum, file) => ({ covered: sum.covered + file.lines.covered, total: sum.total + file.lines.total }), { covered: 0, total: 0 });
      const branches = files.reduce((sum, file) => ({ covered: sum.covered + file.branches.covered, total: sum.total + file.branches.total }), { covered: 0, total: 0 });
      const pct = (part: { covered: number; total: number }) => (part.total > 0 ? ((part.covered / part.total) * 100).toFixed(1) : '—');
      io.out(`coverage of src/: lines ${pct(lines)}%, branches ${pct(branches)}% over ${files.length} files   (${relative(process.cwd(), join(args.out, 'coverage', 'coverage-final.json'))})`);
    }
    if (args.junit !== undefined) {
      writeAtomically(args.junit, junitXml(total, replayOf));
      io.out(`junit: ${args.junit}`);
    }
    writeAtomically(join(args.out, 'summary.json'), `${JSON.stringify({ ...outcome, unreached, witnesses, total: { ...total, failing: total.failing.slice(0, 100) } }, null, 1)}\n`);
    if (outcome.stopped === 'interrupted') return signal === 'SIGTERM' ? 143 : 130;
    const harness = total.byVerdict['harness-error'] ?? 0;
    if (harness > 0) return EXIT.harness;
    return total.failures > 0 ? EXIT.fail : EXIT.pass;
  } catch (error) {
    if (!(error instanceof DiskFullError)) throw error;
    // the machine's trouble, not the system's: exit 3, with what was kept
    io.err(`aerosim: the disk is full: ${error.message}`);
    io.err(`${error.kept !== null ? `${error.kept.toLocaleString('en-US')} runs are kept in ${join(args.out, 'results.jsonl')}; ` : ''}free some space, then run the same command with --resume to finish`);
    return EXIT.harness;
  } finally {
    process.removeListener('SIGINT', onSigint);
    process.removeListener('SIGTERM', onSigterm);
    release();
  }
}
