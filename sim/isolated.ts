// One run, as `run` and `replay` make it: on a worker thread, under the same wall-clock
// limit as a sweep's runs, so that a system under test that loops for ever, ends the
// process or runs out of memory gives a verdict (hang, worker-died) with a repro instead
// of taking the command down with it. And the determinism check of one run: the same run
// twice on one worker (a second run there has another history) and once in each of two separate
// processes with another TZ, LANG, heap limit and working directory; a mismatch names the step and the field.

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

/** The environments of the separate re-runs, two processes run side by side: each with
 * another time zone, locale, heap limit and working directory than the sweep's. The first
 * zone is west of UTC by a fraction of an hour, so a local date or time of the simulation's
 * early milliseconds differs from UTC's in its day, hour and minutes (red team 20's control
 * plane read a zone offset as it was imported; under Pacific/Chatham, east of UTC, its dates
 * matched); the second is east of UTC by another fraction. The first locale has Latin
 * digits and Turkish casing (a dotless i), the second its own digits (red team 20's control
 * plane mapped digits through a table built at import: under tr_TR it passed). The heap
 * limits differ from the workers' but leave room for a system that keeps a large table (at
 * 192 MB red team 20's kernel with a 256 MB filter made the re-run fail, and the sweep exit 3). */
export interface RerunEnvironment {
  /** what a mismatch calls it */
  readonly name: string;
  readonly TZ: string;
  readonly LANG: string;
  readonly heapMb: number;
  readonly cwd: string;
}

export const RERUN_ENVIRONMENTS: readonly RerunEnvironment[] = [
  { name: 'the separate process', TZ: 'Pacific/Marquesas', LANG: 'tr_TR.UTF-8', heapMb: 3072, cwd: tmpdir() },
  { name: 'the second separate process', TZ: 'Asia/Kathmandu', LANG: 'ar_EG.UTF-8', heapMb: 2560, cwd: tmpdir() },
];

/** How an environment is named in an explanation: `the separate process (TZ=…, …)`. */
export function rerunWhere(environment: RerunEnvironment): string {
  return `${environment.name} (TZ=${environment.TZ}, LANG=${environment.LANG}, heap ${environment.heapMb} MB, working directory ${environment.cwd})`;
}

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
  /** the hash each seed gave where it first ran: a seed that gives it again comes back
   * without its chain (only a mismatch needs one, to name the step) */
  readonly hashes?: readonly string[];
}

export interface ChildRun {
  readonly seed: string;
  /** which request of the batch it answers (0 for a single request) */
  readonly group?: number;
  readonly hash: string;
  /** empty when the run gave the expected hash */
  readonly chain: number[];
  readonly fields?: string[];
  readonly fieldSteps?: number[];
}

/** Runs seeds in a child process under an environment; one result per seed. */
export async function runInChild(request: ChildRequest | readonly ChildRequest[], environment: RerunEnvironment = RERUN_ENVIRONMENTS[0] as RerunEnvironment): Promise<ChildRun[]> {
  const child = spawn(process.execPath, [`--max-old-space-size=${environment.heapMb}`, join(ROOT, 'sim', 'rerun-child.mjs')], {
    cwd: environment.cwd,
    env: { ...process.env, TZ: environment.TZ, LANG: environment.LANG, LC_ALL: environment.LANG, NODE_OPTIONS: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  child.stdin.end(JSON.stringify(Array.isArray(request) ? (request as readonly ChildRequest[]).map(absolute) : absolute(request as ChildRequest)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`the determinism re-run in ${environment.name} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`);
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ChildRun);
}

/** Runs the same seeds in every environment of RERUN_ENVIRONMENTS, side by side; the
 * results in the order of the environments. */
export function runInChildren(request: ChildRequest | readonly ChildRequest[]): Promise<ChildRun[][]> {
  return Promise.all(RERUN_ENVIRONMENTS.map((environment) => runInChild(request, environment)));
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
  /** the name with its environment, for a separate process */
  readonly where?: string;
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
    return { between: `${first.name} and ${other.where ?? other.name}`, step, field, hashes: [first.hash, other.hash] };
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

/** The determinism check of one run: twice on a worker, once in each separate process. */
export async function checkOneRun(scenarioArg: string | Scenario, scenario: Scenario, seed: string, sutRef: SutRef, options: Omit<IsolatedOptions, 'times' | 'explain'>): Promise<DeterminismOfOne> {
  const runs = await runIsolated(scenario, seed, sutRef, { ...options, explain: true, times: 2 });
  const first = runs[0] as IsolatedRun;
  const finished = runs.filter((run) => run.detail !== null);
  if (finished.length < 2) return { run: first, mismatch: null, runs: finished.length };
  const children = await runInChildren({ scenario: scenarioArg, sut: sutRef, seeds: [seed], explain: true, ...(options.replay !== undefined ? { replay: options.replay } : {}) });
  const sides: Side[] = finished.map((run, index) => {
    const detail = run.detail as RunDetail;
    return { name: index === 0 ? 'the first run on a worker' : 'the second run on the same worker', hash: detail.summary.hash, chain: detail.chain, fields: detail.fields, fieldSteps: detail.fieldSteps };
  });
  RERUN_ENVIRONMENTS.forEach((environment, index) => {
    const child = children[index]?.[0];
    if (child !== undefined) sides.push({ name: environment.name, where: rerunWhere(environment), hash: child.hash, chain: Uint32Array.from(child.chain), fields: child.fields ?? null, fieldSteps: child.fieldSteps ?? null });
  });
  return { run: first, mismatch: compareSides(sides), runs: sides.length };
}
