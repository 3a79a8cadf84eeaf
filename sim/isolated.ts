// One run, as `run` and `replay` make it: on a worker thread, under the same wall-clock
// limit as a sweep's runs, so that a system under test that loops for ever, ends the
// process or runs out of memory gives a verdict (hang, worker-died) with a repro instead
// of taking the command down with it. And the determinism check of one run: the same run
// twice on one worker (a second run there has another history) and once in a separate
// process with another TZ, LANG and heap limit; a mismatch names the step and the field.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './root.ts';
import { DETERMINISM } from './determinism.ts';
import { WorkerPool } from './pool.ts';
import type { Scenario } from './scenario.ts';
import type { RunSummary } from './summary.ts';
import type { SutRef } from './sut.ts';
import { firstDivergence, firstFieldDifference } from './trace.ts';
import type { ReplaySpec, RunDetail } from './worker.ts';

export interface IsolatedRun {
  /** the run's detail, or null when it never finished (see summary.verdict) */
  readonly detail: RunDetail | null;
  readonly summary: RunSummary;
}

export interface IsolatedOptions {
  readonly replay?: ReplaySpec | undefined;
  readonly verbose: boolean;
  readonly explain?: boolean;
  readonly runTimeoutMs: number;
  /** the worker's heap limit, MB */
  readonly heapMb?: number;
  /** how many times to make the run, one after the other on the same worker */
  readonly times?: number;
}

/** Verdicts of runs that never finished (no detail, no timeline). */
export const UNFINISHED: ReadonlySet<string> = new Set(['hang', 'worker-died', 'out-of-memory']);

/** Failures this thread cannot replay: runs that never finish, and determinism (which
 * needs several isolates). shrink refuses them; the report does not draw them. */
export const NOT_REPLAYABLE_HERE: ReadonlySet<string> = new Set([...UNFINISHED, DETERMINISM.id]);

/** Whether a summary is of a run that finished (a lost run has no hash and no detail). */
export function finishedRun(summary: RunSummary): boolean {
  return summary.hash !== '' || !UNFINISHED.has(summary.verdict.kind);
}

/** Makes a run (or the same run several times) on a fresh worker thread. */
export async function runIsolated(scenario: Scenario, seed: string, sutRef: SutRef, options: IsolatedOptions): Promise<IsolatedRun[]> {
  const pool = new WorkerPool(1, { runTimeoutMs: options.runTimeoutMs, ...(options.heapMb !== undefined ? { heapMb: options.heapMb } : {}) });
  try {
    const seeds = Array.from({ length: options.times ?? 1 }, () => seed);
    const batch = await pool.runBatch(scenario, seeds, sutRef, {
      detail: { verbose: options.verbose, explain: options.explain === true },
      ...(options.replay !== undefined ? { replay: options.replay } : {}),
    });
    let next = 0;
    return batch.summaries.map((summary) => {
      // a run that never finished has a summary but no detail
      const detail = finishedRun(summary) ? (batch.details[next++] ?? null) : null;
      return { detail, summary: detail?.summary ?? summary };
    });
  } finally {
    await pool.close();
  }
}

/** The environment of the separate re-run: another time zone, locale, heap limit and
 * working directory. The zone is west of UTC by a fraction of an hour, so a local date or
 * time of the simulation's early milliseconds differs from UTC's in its day, hour and
 * minutes (red team 20's control plane read a zone offset as it was imported; under
 * Pacific/Chatham, east of UTC, its dates matched). The heap limit differs from the
 * workers' but leaves room for a system that keeps a large table (at 192 MB red team 20's
 * kernel with a 256 MB filter made the re-run fail, and the sweep exit 3). */
export const RERUN_ENVIRONMENT = { TZ: 'Pacific/Marquesas', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', heapMb: 3072, cwd: tmpdir() } as const;
export const RERUN_WHERE = `a separate process (TZ=${RERUN_ENVIRONMENT.TZ}, LANG=${RERUN_ENVIRONMENT.LANG}, heap ${RERUN_ENVIRONMENT.heapMb} MB, working directory ${RERUN_ENVIRONMENT.cwd})`;

/** A request with its paths made absolute: the child runs in another working directory. */
function absolute(request: ChildRequest): ChildRequest {
  const scenario = typeof request.scenario === 'string' && existsSync(resolve(request.scenario)) ? resolve(request.scenario) : request.scenario;
  const sut: SutRef = request.sut.kind === 'module' ? { kind: 'module', path: resolve(request.sut.path) } : request.sut;
  return { ...request, scenario, sut };
}

export interface ChildRequest {
  /** a built-in name or a file, or the scenario itself (a repro's) */
  readonly scenario: string | Scenario;
  readonly sut: SutRef;
  readonly seeds: readonly string[];
  readonly replay?: ReplaySpec;
  readonly explain?: boolean;
}

export interface ChildRun {
  readonly seed: string;
  /** which request of the batch it answers (0 for a single request) */
  readonly group?: number;
  readonly hash: string;
  readonly chain: number[];
  readonly fields?: string[];
  readonly fieldSteps?: number[];
}

/** Runs seeds in a child process under RERUN_ENVIRONMENT; one result per seed. */
export async function runInChild(request: ChildRequest | readonly ChildRequest[]): Promise<ChildRun[]> {
  const child = spawn(process.execPath, [`--max-old-space-size=${RERUN_ENVIRONMENT.heapMb}`, join(ROOT, 'sim', 'rerun-child.mjs')], {
    cwd: RERUN_ENVIRONMENT.cwd,
    env: { ...process.env, TZ: RERUN_ENVIRONMENT.TZ, LANG: RERUN_ENVIRONMENT.LANG, LC_ALL: RERUN_ENVIRONMENT.LC_ALL, NODE_OPTIONS: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  child.stdin.end(JSON.stringify(Array.isArray(request) ? (request as readonly ChildRequest[]).map(absolute) : absolute(request as ChildRequest)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`the determinism re-run in a separate process failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`);
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ChildRun);
}

export interface Mismatch {
  /** which two runs differ, in words */
  readonly between: string;
  readonly step: number;
  /** the first field that differs at that step, when both sides explained it */
  readonly field: string;
  readonly hashes: readonly [string, string];
}

interface Side {
  readonly name: string;
  readonly hash: string;
  readonly chain: Uint32Array;
  readonly fields: readonly string[] | null;
  readonly fieldSteps: readonly number[] | null;
}

function fieldsAt(side: Side, step: number): string[] {
  const out: string[] = [];
  side.fields?.forEach((field, index) => {
    if (side.fieldSteps?.[index] === step) out.push(field);
  });
  return out;
}

/** The first pair of sides whose hashes differ: where (step) and what (field). */
export function compareSides(sides: readonly Side[]): Mismatch | null {
  const first = sides[0];
  if (first === undefined) return null;
  for (const other of sides.slice(1)) {
    if (other.hash === first.hash) continue;
    const step = firstDivergence(first.chain, other.chain);
    const field = first.fields !== null && other.fields !== null ? firstFieldDifference(fieldsAt(first, step), fieldsAt(other, step)).replace(/ here, /, ` in ${first.name}, `).replace(/ there$/, ` in ${other.name}`) : 'not explained';
    return { between: `${first.name} and ${other.name}${other.name === 'the separate process' ? `, ${RERUN_WHERE.replace(/^a separate process /, '')}` : ''}`, step, field, hashes: [first.hash, other.hash] };
  }
  return null;
}

export interface DeterminismOfOne {
  /** the first run (its detail, for the timeline) */
  readonly run: IsolatedRun;
  readonly mismatch: Mismatch | null;
  /** how many runs were compared */
  readonly runs: number;
}

/** The determinism check of one run: twice on a worker, once in a separate process. */
export async function checkOneRun(scenarioArg: string | Scenario, scenario: Scenario, seed: string, sutRef: SutRef, options: Omit<IsolatedOptions, 'times' | 'explain'>): Promise<DeterminismOfOne> {
  const runs = await runIsolated(scenario, seed, sutRef, { ...options, explain: true, times: 2 });
  const first = runs[0] as IsolatedRun;
  const finished = runs.filter((run) => run.detail !== null);
  if (finished.length < 2) return { run: first, mismatch: null, runs: finished.length };
  const [child] = await runInChild({ scenario: scenarioArg, sut: sutRef, seeds: [seed], explain: true, ...(options.replay !== undefined ? { replay: options.replay } : {}) });
  const sides: Side[] = finished.map((run, index) => {
    const detail = run.detail as RunDetail;
    return { name: index === 0 ? 'the first run on a worker' : 'the second run on the same worker', hash: detail.summary.hash, chain: detail.chain, fields: detail.fields, fieldSteps: detail.fieldSteps };
  });
  if (child !== undefined) sides.push({ name: 'the separate process', hash: child.hash, chain: Uint32Array.from(child.chain), fields: child.fields ?? null, fieldSteps: child.fieldSteps ?? null });
  return { run: first, mismatch: compareSides(sides), runs: sides.length };
}
