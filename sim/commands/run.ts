// `aerosim run`: one run — the resolved options, a timeline (steps that led to a violation
// marked ▶), the hash, the situations reached, the verdict and a replay command.

import { wallNow } from '../clock.ts';
import { determinismViolation } from '../determinism.ts';
import { checkOneRun, type IsolatedRun, type Mismatch, runIsolated } from '../isolated.ts';
import type { Scenario } from '../scenario.ts';
import { InputError } from '../scenario-file.ts';
import { SITUATIONS } from '../situations.ts';
import { describeSut } from '../sut.ts';
import { checkSutLoads } from '../pool.ts';
import { describeVerdict, exitCodeOf, type Verdict, type Violation } from '../verdict.ts';
import type { RunDetail } from '../worker.ts';
import { heapOf, type Io, replayCommand, scenarioOf, seedOf, sutRefOf } from './common.ts';

export interface RunArgs {
  scenario: string;
  seed: string;
  json?: boolean | undefined;
  quiet?: boolean | undefined;
  sut?: string | undefined;
  mutant?: string | undefined;
  checkDeterminism?: boolean | undefined;
  runTimeout?: number | undefined;
  heap?: number | undefined;
}

/** --run-timeout in seconds (as sweep takes it) → ms; bad values are bad input. */
export function runTimeoutOf(seconds: number | undefined): number {
  const value = seconds ?? 60;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new InputError('--run-timeout is not valid; expected a number of seconds > 0');
  return Math.round(value * 1000);
}

export async function commandRun(io: Io, args: RunArgs): Promise<number> {
  const scenario = scenarioOf(args.scenario);
  const seed = seedOf(args.seed).toString();
  const sutRef = sutRefOf(args);
  await checkSutLoads(sutRef); // a module that cannot load, or loads forever, is bad input, said here
  const runTimeoutMs = runTimeoutOf(args.runTimeout);
  const heapMb = heapOf(args.heap);
  const verbose = args.json !== true && args.quiet !== true;
  const started = wallNow();
  let run: IsolatedRun;
  let mismatch: Mismatch | null = null;
  let compared = 0;
  if (args.checkDeterminism === true) {
    const outcome = await checkOneRun(args.scenario, scenario, seed, sutRef, { verbose, runTimeoutMs, heapMb });
    run = outcome.run;
    mismatch = outcome.mismatch;
    compared = outcome.runs;
  } else {
    run = (await runIsolated(scenario, seed, sutRef, { verbose, runTimeoutMs, heapMb }))[0] as IsolatedRun;
  }
  const wallMs = wallNow() - started;
  const detail = run.detail;
  const violations: Violation[] = [...(detail?.violations ?? [])];
  if (mismatch !== null) violations.push(mismatchViolation(`${scenario.name} seed ${seed}`, mismatch));
  const verdict: Verdict = run.summary.verdict.kind === 'pass' && violations.length > 0 ? { kind: 'violation', violations } : run.summary.verdict;
  const replay = replayCommand(args.scenario, seed, sutRef);
  if (args.json === true) {
    io.out(JSON.stringify(jsonResult(run, scenario, replay, verdict, compared)));
    return exitCodeOf(verdict);
  }
  if (args.quiet !== true) {
    io.out(`scenario: ${scenario.name}   seed: ${seed}   sut: ${describeSut(sutRef)}`);
    io.out(`options: ${JSON.stringify(resolvedOptions(scenario))}`);
    if (detail?.timings != null) io.out(`timings drawn for this seed (timing swarm): ${JSON.stringify(detail.timings)}`);
    io.out('');
    if (detail !== null) printDetail(io, detail, violations, wallMs, compared);
    else printUnfinished(io, run);
  }
  if (args.quiet === true) io.out(`scenario: ${scenario.name}   seed: ${seed}   sut: ${describeSut(sutRef)}`);
  io.out(`hash: ${run.summary.hash === '' ? '(none: the run never finished)' : run.summary.hash}`);
  io.out(`verdict: ${describeVerdict(verdict)}`);
  if (verdict.kind !== 'pass') io.out(`replay: ${replay}`);
  return exitCodeOf(verdict);
}

/** The determinism violation of a mismatch between runs of one seed. */
export function mismatchViolation(subject: string, mismatch: Mismatch): Violation {
  return determinismViolation(subject, mismatch.step, `the same run gave hash ${mismatch.hashes[0]} and ${mismatch.hashes[1]} (${mismatch.between}); the traces part at step #${mismatch.step}: ${mismatch.field}`);
}

function printDetail(io: Io, detail: RunDetail, violations: readonly Violation[], wallMs: number, compared: number): void {
  const summary = detail.summary;
  printTimeline(io, detail.lines ?? [], violations);
  io.out('');
  io.out(`events: ${summary.events}   virtual time: ${summary.timeMs} ms   crashes: ${summary.crashes}   faults: ${summary.faults} non-default decisions   wall: ${wallMs.toFixed(0)} ms`);
  io.out(`situations reached (spec clause): ${summary.situations.length === 0 ? 'none' : summary.situations.map((id) => `${id} (${SITUATIONS.find((s) => s.id === id)?.clause})`).join(', ')}`);
  const checks = Object.values(summary.checks).reduce((sum, n) => sum + n, 0);
  const meaningful = Object.values(summary.meaningful).reduce((sum, n) => sum + n, 0);
  io.out(`checks: ${checks} by ${Object.keys(summary.checks).length} invariants (${meaningful} meaningful: a fault or failure path was at stake)${compared > 0 ? ` + determinism: ${compared} runs compared (twice on a worker, once in each of two separate processes)` : ''}`);
  io.out(`  ${Object.keys(summary.checks).map((id) => `${id} ${summary.meaningful[id] ?? 0}/${summary.checks[id]}`).join('  ')}`);
  io.out(`liveness: the quiet phase began at ${detail.quietAtMs} ms; every open request must be answered within ${detail.livenessBoundMs} ms of it`);
  if (violations.length > 0) printViolations(io, violations);
}

/** A run that hung or killed its worker: no timeline, but what it had decided is held. */
export function printUnfinished(io: Io, run: IsolatedRun): void {
  const held = run.summary.repro;
  io.out(`the run never finished: ${describeVerdict(run.summary.verdict)}`);
  if (held !== undefined) io.out(`held: the workload and the ${held.schedule.length} decision(s) taken before it stopped${held.partial === true ? ' (the journal filled up: later ones are missing)' : ''}`);
}

export function printTimeline(io: Io, lines: readonly string[], violations: readonly Violation[]): void {
  const marked = new Set(violations.flatMap((violation) => violation.steps));
  for (const line of lines) {
    const step = /#(\d+)/.exec(line);
    io.out(step !== null && marked.has(Number(step[1])) ? `▶${line.slice(1)}` : line);
  }
}

export function printViolations(io: Io, violations: readonly Violation[]): void {
  io.out(`violations (${violations.length}; steps that led to each are marked ▶ above):`);
  for (const violation of violations) {
    io.out(`  ✗ ${violation.invariant} [spec ${violation.clause}] step #${violation.step} at ${violation.timeMs} ms — ${violation.subject}`);
    io.out(`    ${violation.explanation}`);
    if (violation.steps.length > 1) io.out(`    steps: ${violation.steps.map((step) => `#${step}`).join(' ')}`);
  }
}

function resolvedOptions(scenario: Scenario): object {
  const { name: _name, description: _description, clauses: _clauses, situations: _situations, ...options } = scenario;
  return options;
}

function jsonResult(run: IsolatedRun, scenario: Scenario, replay: string, verdict: Verdict, compared: number): object {
  const { repro: _repro, ...summary } = run.summary;
  return { ...summary, options: resolvedOptions(scenario), verdict, determinismChecked: compared > 0, determinismRuns: compared, livenessBoundMs: run.detail?.livenessBoundMs ?? 0, replay };
}
