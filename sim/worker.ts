// A worker thread: takes batches of (scenario, seeds, system) and reports runs in small
// chunks as they finish (at least every 50 ms of wall time), so the parent sees progress
// and knows where a hang or a death happened. In compact mode it sends each run as its
// results.jsonl line, already serialised, plus the full summary of failing runs only:
// the parent then has almost nothing to do per run. Module state of the system under test
// is this worker's own: a run here is a run in a fresh isolate.

import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { SystemUnderTest } from '../src/ports.ts';
import { wallNow } from './clock.ts';
import { compiledReference, CoverageSession, type CoverageSetup } from './coverage.ts';
import type { DecisionValue, Drift } from './decisions.ts';
import { Asked } from './explore.ts';
import { SharedJournal } from './journal.ts';
import { resultLine } from './results.ts';
import { InputError } from './scenario-file.ts';
import { runOnce, type RunResult } from './runner.ts';
import type { Scenario } from './scenario.ts';
import { resolveSut, type SutRef } from './sut.ts';
import { summarize, type RunSummary } from './summary.ts';
import type { Violation } from './verdict.ts';
import type { Plan } from './workload.ts';

export interface WorkRequest {
  readonly id: number;
  readonly scenario: Scenario;
  readonly seeds: readonly string[];
  /** the index of seeds[0] within the whole batch (a batch resumed after a hang) */
  readonly base: number;
  readonly sut: SutRef;
  /** seeds whose per-step hash chain to return (to name the first divergent step) */
  readonly chainsFor: readonly string[];
  /** send results.jsonl lines instead of summaries (failing runs' summaries still come) */
  readonly compact: boolean;
  /** unchecked runs that send only their hash and chain, as samples (the determinism
   * re-run: the trace does not depend on whether the invariants watch it) */
  readonly hashOnly?: boolean;
  /** a run alone that may never return: journal its decisions here (see journal.ts) */
  readonly capture?: SharedArrayBuffer;
  /** take decisions and workload from this recorded schedule, not from the seed */
  readonly replay?: ReplaySpec;
  /** one recorded schedule per seed (explore's cells), in place of `replay` */
  readonly replays?: readonly ReplaySpec[];
  /** return each run's detail (timeline, chain, …): `run` and `replay` */
  readonly detail?: { readonly verbose: boolean; readonly explain: boolean };
  /** with detail: also the decision points each run reached, in order (explore) */
  readonly learn?: boolean;
}

export interface ReplaySpec {
  readonly schedule: readonly (readonly [number, DecisionValue])[];
  readonly fingerprints: readonly (readonly [number, string])[];
  readonly plan: Plan;
}

/** Everything `run` and `replay` print about a run, as plain data (it crosses threads). */
export interface RunDetail {
  /** with its schedule and workload, passing or not */
  readonly summary: RunSummary & { readonly repro: NonNullable<RunSummary['repro']> };
  readonly lines: readonly string[] | null;
  readonly violations: readonly Violation[];
  readonly quietAtMs: number;
  readonly livenessBoundMs: number;
  readonly drift: readonly Drift[];
  readonly missingAnchors: readonly number[];
  readonly chain: Uint32Array;
  /** explain mode: what went into the hash, and at which step */
  readonly fields: readonly string[] | null;
  readonly fieldSteps: readonly number[] | null;
  /** under a timing swarm: the timings this seed drew */
  readonly timings: Record<string, number> | null;
  /** with `learn`: the decision points the run reached, in order, and what each applies to */
  readonly learned?: { readonly keys: readonly number[]; readonly sites: readonly (readonly [number, string])[] };
}

/** The timings a timing-swarm seed drew (null for a scenario with fixed timings). */
function timingsOf(result: RunResult): Record<string, number> | null {
  const scenario = result.world?.options.scenario;
  if (scenario === undefined || !scenario.timingSwarm) return null;
  return {
    clientResponseMs: scenario.timeouts.clientResponseMs,
    kernelMs: scenario.timeouts.kernelMs,
    latencyMs: scenario.latencyMs,
    delayMsMax: scenario.faults.delayMsMax,
    restartMsMin: scenario.faults.restartMsMin,
    restartMsMax: scenario.faults.restartMsMax,
    thinkMsMin: scenario.workload.thinkMsMin,
    thinkMsMax: scenario.workload.thinkMsMax,
    patienceMs: scenario.workload.patienceMs,
  };
}

export function detailOf(result: RunResult): RunDetail {
  const trace = result.world?.trace;
  return {
    summary: { ...summarize(result), repro: { schedule: [...result.schedule], fingerprints: [...result.fingerprints], plan: result.plan } },
    lines: result.lines,
    violations: result.violations,
    quietAtMs: result.quietAtMs,
    livenessBoundMs: result.livenessBoundMs,
    drift: result.drift,
    missingAnchors: result.missingAnchors,
    chain: trace?.chainSnapshot() ?? new Uint32Array(),
    fields: trace?.fields ?? null,
    fieldSteps: trace?.fieldSteps ?? null,
    timings: timingsOf(result),
  };
}

export interface Sample {
  readonly seed: string;
  readonly hash: string;
  readonly chain: Uint32Array;
}

export type WorkReply =
  | {
      readonly id: number;
      readonly kind: 'runs';
      /** index of the first run in this chunk */
      readonly first: number;
      readonly count: number;
      readonly summaries: readonly RunSummary[] | null;
      readonly lines: readonly string[] | null;
      readonly failures: readonly RunSummary[];
      readonly samples: readonly Sample[];
      readonly details?: readonly RunDetail[];
    }
  | { readonly id: number; readonly kind: 'done' }
  /** sent once, when the worker has loaded and can run */
  | { readonly id: 0; readonly kind: 'ready' }
  | { readonly id: number; readonly kind: 'error'; readonly error: string }
  /** the answer to a flush: this worker's coverage is written */
  | { readonly id: -1; readonly kind: 'flushed' }
  /** the answer to a LoadRequest: the system under test loaded, or why not */
  | { readonly id: -2; readonly kind: 'loaded'; readonly error: string | null; readonly input: boolean };

/** Sent by the pool before it closes a worker of a sweep with --coverage. */
export interface FlushRequest {
  readonly flush: true;
}

/** Sent by checkSutLoads (pool.ts): load this system under test, run nothing. */
export interface LoadRequest {
  readonly load: SutRef;
}

const CHUNK_RUNS = 32;
const CHUNK_MS = 50;

const port = parentPort;
if (port === null) throw new Error('sim/worker.ts runs only as a worker thread');
const suts = new Map<string, SystemUnderTest>();
const coverageSetup = (workerData as { coverage?: CoverageSetup } | null)?.coverage ?? null;
const coverage = coverageSetup !== null ? new CoverageSession(coverageSetup) : null;
await coverage?.start();
let flushes = 0;

port.on('message', (request: WorkRequest | FlushRequest | LoadRequest) => {
  if ('load' in request) {
    resolveSut(request.load).then(
      () => port.postMessage({ id: -2, kind: 'loaded', error: null, input: false } satisfies WorkReply),
      (error: unknown) => port.postMessage({ id: -2, kind: 'loaded', error: error instanceof Error ? error.message : String(error), input: error instanceof InputError } satisfies WorkReply),
    );
    return;
  }
  if ('flush' in request) {
    void (coverage?.flush(`${process.pid}-${threadId}-${flushes++}`) ?? Promise.resolve()).then(() => port.postMessage({ id: -1, kind: 'flushed' } satisfies WorkReply));
    return;
  }
  void handle(request);
});
port.postMessage({ id: 0, kind: 'ready' } satisfies WorkReply);

async function handle(request: WorkRequest): Promise<void> {
  const reply = (message: WorkReply) => (port as NonNullable<typeof port>).postMessage(message);
  try {
    const key = JSON.stringify(request.sut);
    let sut = suts.get(key);
    if (sut === undefined) {
      // under --coverage the reference runs from its compiled copy, which V8 can measure
      sut = coverageSetup !== null && request.sut.kind === 'reference' ? await compiledReference(coverageSetup) : await resolveSut(request.sut);
      suts.set(key, sut);
      reply({ id: 0, kind: 'ready' }); // loading the system under test is not run time
    }
    const chainsFor = new Set(request.chainsFor);
    let first = request.base;
    let summaries: RunSummary[] = [];
    let lines: string[] = [];
    let failures: RunSummary[] = [];
    let samples: Sample[] = [];
    let details: RunDetail[] = [];
    let lastFlush = wallNow();
    let ran = 0;
    const flush = () => {
      const count = ran;
      if (count === 0) return;
      reply({ id: request.id, kind: 'runs', first, count, summaries: request.compact ? null : summaries, lines: request.compact ? lines : null, failures, samples, ...(request.detail !== undefined ? { details } : {}) });
      first += count;
      ran = 0;
      details = [];
      summaries = [];
      lines = [];
      failures = [];
      samples = [];
      lastFlush = wallNow();
    };
    for (const [index, seed] of request.seeds.entries()) {
      const replay = request.replays?.[index] ?? request.replay;
      const asked = request.learn === true ? new Asked() : null;
      const result = runOnce({
        scenario: request.scenario,
        seed: BigInt(seed),
        sut,
        ...(replay !== undefined ? { schedule: new Map(replay.schedule), fingerprints: new Map(replay.fingerprints), plan: replay.plan } : {}),
        ...(request.capture !== undefined && request.seeds.length === 1 ? { journal: new SharedJournal(request.capture) } : {}),
        ...(request.detail !== undefined ? { verbose: request.detail.verbose, explain: request.detail.explain } : {}),
        ...(request.hashOnly === true ? { check: false } : {}),
        ...(asked !== null ? { onAsk: asked.onAsk } : {}),
      });
      ran++;
      if (request.hashOnly === true) {
        samples.push({ seed, hash: result.hash, chain: result.world?.trace.chainSnapshot() ?? new Uint32Array() });
        result.world?.trace.release();
        if (ran >= CHUNK_RUNS || wallNow() - lastFlush >= CHUNK_MS) flush();
        continue;
      }
      const summary = summarize(result);
      if (request.detail !== undefined) details.push(asked !== null ? { ...detailOf(result), learned: { keys: asked.keys, sites: [...asked.sites] } } : detailOf(result));
      if (request.compact) {
        // a failing run's line is written by the parent, with its repro file: '' here
        lines.push(summary.verdict.kind === 'pass' ? JSON.stringify(resultLine(summary)) : '');
        if (summary.verdict.kind !== 'pass') failures.push(summary);
      } else {
        summaries.push(summary);
      }
      if (chainsFor.has(seed)) samples.push({ seed, hash: result.hash, chain: result.world?.trace.chainSnapshot() ?? new Uint32Array() });
      result.world?.trace.release();
      if (ran >= CHUNK_RUNS || wallNow() - lastFlush >= CHUNK_MS) flush();
    }
    flush();
    reply({ id: request.id, kind: 'done' });
  } catch (error) {
    reply({ id: request.id, kind: 'error', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
