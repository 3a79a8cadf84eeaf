// `aerosim run`: one run — the resolved options, a timeline (steps that led to a violation
// marked ▶), the hash, the situations reached, the verdict and a replay command.

import { wallNow } from '../clock.ts';
import { checkDeterminism } from '../determinism.ts';
import { WorkerPool } from '../pool.ts';
import { runOnce, type RunResult } from '../runner.ts';
import type { Scenario } from '../scenario.ts';
import { SITUATIONS } from '../situations.ts';
import { summarize } from '../summary.ts';
import { describeSut, resolveSut } from '../sut.ts';
import { describeVerdict, exitCodeOf, type Violation } from '../verdict.ts';
import { EXIT, type Io, replayCommand, scenarioOf, seedOf, sutRefOf } from './common.ts';

export interface RunArgs {
  scenario: string;
  seed: string;
  json?: boolean | undefined;
  quiet?: boolean | undefined;
  sut?: string | undefined;
  mutant?: string | undefined;
  checkDeterminism?: boolean | undefined;
}

export async function commandRun(io: Io, args: RunArgs): Promise<number> {
  const scenario = scenarioOf(args.scenario);
  const seed = seedOf(args.seed);
  const sutRef = sutRefOf(args);
  const sut = await resolveSut(sutRef);
  const started = wallNow();
  const result = runOnce({ scenario, seed, sut, verbose: args.json !== true && args.quiet !== true });
  const wallMs = wallNow() - started;
  let violations: readonly Violation[] = result.violations;
  let determinismChecked = false;
  if (args.checkDeterminism === true) {
    const pool = new WorkerPool(1);
    try {
      const outcome = await checkDeterminism(pool, scenario, [result.seed], sut, sutRef);
      determinismChecked = true;
      violations = [...violations, ...outcome.violations];
    } finally {
      await pool.close();
    }
  }
  const verdict = result.verdict.kind === 'pass' && violations.length > 0 ? { kind: 'violation' as const, violations } : result.verdict;
  const replay = replayCommand(args.scenario, result.seed, sutRef);
  if (args.json === true) {
    io.out(JSON.stringify(jsonResult(result, scenario, replay, verdict, determinismChecked)));
    return exitCodeOf(verdict);
  }
  if (args.quiet !== true) {
    io.out(`scenario: ${scenario.name}   seed: ${result.seed}   sut: ${describeSut(sutRef)}`);
    io.out(`options: ${JSON.stringify(resolvedOptions(scenario))}`);
    io.out('');
    printTimeline(io, result.lines ?? [], violations);
    io.out('');
    io.out(`events: ${result.events}   virtual time: ${result.timeMs} ms   crashes: ${result.crashes}   faults: ${result.schedule.size} non-default decisions   wall: ${wallMs.toFixed(0)} ms`);
    io.out(`situations reached (spec clause): ${result.situations.length === 0 ? 'none' : result.situations.map((id) => `${id} (${SITUATIONS.find((s) => s.id === id)?.clause})`).join(', ')}`);
    const checks = Object.values(result.checks).reduce((sum, n) => sum + n, 0);
    const meaningful = Object.values(result.meaningful).reduce((sum, n) => sum + n, 0);
    io.out(`checks: ${checks} by ${Object.keys(result.checks).length} invariants (${meaningful} meaningful: a fault or failure path was at stake)${determinismChecked ? ' + determinism in another worker' : ''}`);
    io.out(`  ${Object.keys(result.checks).map((id) => `${id} ${result.meaningful[id] ?? 0}/${result.checks[id]}`).join('  ')}`);
    io.out(`liveness: the quiet phase began at ${result.quietAtMs} ms; every open request must be answered within ${result.livenessBoundMs} ms of it`);
    if (violations.length > 0) printViolations(io, violations);
  }
  io.out(`hash: ${result.hash}`);
  io.out(`verdict: ${describeVerdict(verdict)}`);
  if (verdict.kind !== 'pass') io.out(`replay: ${replay}`);
  return exitCodeOf(verdict);
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

function jsonResult(result: RunResult, scenario: Scenario, replay: string, verdict: RunResult['verdict'], determinismChecked: boolean): object {
  const { repro: _repro, ...summary } = summarize(result);
  return { ...summary, options: resolvedOptions(scenario), verdict, determinismChecked, livenessBoundMs: result.livenessBoundMs, replay };
}
