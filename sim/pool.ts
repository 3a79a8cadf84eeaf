// A pool of worker threads, started once and fed batches of seeds, so that coordination
// costs little per run. Each worker has its own module state.
//
// Workers report runs in chunks as they finish, so the pool always knows how far a batch
// got. A worker that dies (the system under test escaped to process.exit, or a fatal
// error), or is silent for longer than the per-run wall-clock limit, is replaced, and its
// first unreported seed is run once more, alone, on a fresh worker: only a second death
// records `worker-died`, only a second timeout a `hang` (so a slow, busy machine does not
// produce a false one). The batch then goes on.

import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT } from './root.ts';
import { planOf } from './runner.ts';
import { wallNow } from './clock.ts';
import type { Scenario } from './scenario.ts';
import { lostRun, type RunSummary } from './summary.ts';
import { describeSut, resolveSut, type SutRef } from './sut.ts';
import { InputError } from './scenario-file.ts';
import type { SystemUnderTest } from '../src/ports.ts';
import type { CoverageSetup } from './coverage.ts';
import { createCapture, readCapture } from './journal.ts';
import type { ReplaySpec, RunDetail, Sample, WorkReply, WorkRequest } from './worker.ts';

const BOOTSTRAP = join(ROOT, 'sim', 'worker-bootstrap.mjs');
/** how long a new worker may take to load before it counts as hung */
export const STARTUP_TIMEOUT_MS = 120_000;
/** Each worker's default heap limit, MB. V8 sizes its collector's heuristics by the limit:
 * under 1024 MB a worker spent ~8% more CPU on the same runs than under 4096 MB, which
 * ran as fast as no limit at all (bench/RESULTS.md, "Worker heap limit"). A run that
 * allocates without bound still ends as out-of-memory, after 4 GB instead of 1. */
export const DEFAULT_HEAP_MB = 4096;

export interface PoolOptions {
  /** wall-clock limit for one run, ms (default 60 s) */
  readonly runTimeoutMs?: number;
  /** each worker's heap limit, MB (default DEFAULT_HEAP_MB): past it, the run is out-of-memory */
  readonly heapMb?: number;
  /** measure the reference's code coverage (sweep --coverage) */
  readonly coverage?: CoverageSetup;
}

/** What a chunk of finished runs brings: the worker's report, and which worker it was.
 * Full mode carries `summaries`; compact mode `lines` ('' for a failing run, whose
 * summary is in `failures`); runs that never finished come as `failures` in both. */
export type Chunk = Omit<Extract<WorkReply, { kind: 'runs' }>, 'id' | 'kind'> & { readonly worker: number };

export interface BatchOptions {
  /** seeds whose per-step hash chains to return */
  readonly chainsFor?: readonly string[];
  /** prefer a worker other than this one (the determinism check) */
  readonly avoid?: number;
  /** results.jsonl lines instead of summaries (sweeps) */
  readonly compact?: boolean;
  /** unchecked runs that return only samples (hash and chain): the determinism re-run */
  readonly hashOnly?: boolean;
  /** called for each chunk of finished runs */
  readonly onChunk?: (chunk: Chunk) => void;
  /** replay this schedule and workload instead of drawing from the seeds */
  readonly replay?: ReplaySpec;
  /** or one schedule per seed, in order */
  readonly replays?: readonly ReplaySpec[];
  /** each run's detail (timeline, chain, fields): `run` and `replay` */
  readonly detail?: { readonly verbose: boolean; readonly explain: boolean };
  /** with detail: the decision points each run reached (explore's learning runs) */
  readonly learn?: boolean;
}

export interface Batch {
  /** full mode: every run's summary, in order */
  readonly summaries: readonly RunSummary[];
  /** samples (hash and hash chain) of the seeds asked for */
  readonly samples: readonly (Sample & { readonly worker: number })[];
  /** with `detail`: each finished run's detail, in order (a run that never finished has none) */
  readonly details: readonly RunDetail[];
}

interface Job {
  readonly id: number;
  readonly scenario: Scenario;
  readonly seeds: readonly string[];
  readonly sut: SutRef;
  readonly options: BatchOptions;
  readonly summaries: RunSummary[];
  readonly samples: (Sample & { worker: number })[];
  readonly details: RunDetail[];
  /** the journal of the run being confirmed (or of a batch of one), in shared memory */
  capture: SharedArrayBuffer | null;
  /** index of the first run not reported yet */
  next: number;
  /** that run timed out once and is being run again, alone */
  confirming: boolean;
  readonly resolve: (batch: Batch) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly index: number;
  worker: Worker;
  /** a number per worker started in this slot, so events of a replaced worker are ignored */
  generation: number;
  job: Job | null;
  lastProgressMs: number;
  /** the worker has loaded (and, once given a job, loaded its system under test) */
  ready: boolean;
  /** 'ready' replies still to come: one for the worker's start, one per system under test it
   * was given and had not loaded (it loads each once, outside run time) */
  readiesDue: number;
  /** the systems under test this worker was given (JSON of the reference) */
  loaded: Set<string>;
  lastError: string;
  /** the worker died for passing its heap limit */
  outOfMemory: boolean;
}

/** Resolves a system under test for this thread, a --sut module only once it has loaded in
 * a worker of its own under the start-up limit: its top-level code runs there first, so a
 * module that never finishes loading (an endless loop at import) is bad input said in
 * words, not a command that hangs before its first run. Built-in systems need no check. */
export async function loadSut(sut: SutRef, limitMs = STARTUP_TIMEOUT_MS): Promise<SystemUnderTest> {
  await checkSutLoads(sut, limitMs);
  return resolveSut(sut);
}

export async function checkSutLoads(sut: SutRef, limitMs = STARTUP_TIMEOUT_MS): Promise<void> {
  if (sut.kind !== 'module') return;
  const worker = new Worker(BOOTSTRAP);
  let lastError = '';
  type Outcome = { kind: 'loaded'; error: string | null; input: boolean } | { kind: 'timeout' } | { kind: 'exit'; code: number };
  const outcome = await new Promise<Outcome>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'timeout' }), limitMs);
    const settle = (value: Outcome) => {
      clearTimeout(timer);
      resolve(value);
    };
    worker.on('message', (reply: WorkReply) => {
      if (reply.kind === 'ready') worker.postMessage({ load: sut });
      else if (reply.kind === 'loaded') settle({ kind: 'loaded', error: reply.error, input: reply.input });
    });
    worker.on('error', (error) => {
      lastError = error instanceof Error ? error.message : String(error);
    });
    worker.on('exit', (code) => settle({ kind: 'exit', code }));
  });
  worker.removeAllListeners('exit');
  await worker.terminate();
  const shown = `--sut module ${sut.path}`;
  switch (outcome.kind) {
    case 'loaded':
      if (outcome.error === null) return;
      throw new InputError(outcome.input ? outcome.error : `${shown} failed to load: ${outcome.error.split('\n')[0]}`);
    case 'timeout':
      throw new InputError(
        `${shown} did not finish loading within ${limitMs / 1000} s: its top-level code was still running (an endless loop at import?); nothing was run`,
      );
    case 'exit':
      throw new InputError(`${shown} ended the thread loading it (exit code ${outcome.code}${lastError !== '' ? `: ${lastError.split('\n')[0]}` : ''}); nothing was run`);
  }
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly runTimeoutMs: number;
  private readonly coverage: CoverageSetup | null;
  private readonly heapMb: number;
  private readonly watchdog: ReturnType<typeof setInterval>;
  private nextId = 1;
  private closed = false;
  /** workers replaced after a death or a hang */
  replaced = 0;

  constructor(size: number, options: PoolOptions = {}) {
    this.runTimeoutMs = options.runTimeoutMs ?? 60_000;
    this.coverage = options.coverage ?? null;
    this.heapMb = options.heapMb ?? DEFAULT_HEAP_MB;
    for (let index = 0; index < size; index++) {
      const slot: Slot = { index, worker: null as unknown as Worker, generation: 0, job: null, lastProgressMs: 0, ready: false, readiesDue: 0, loaded: new Set(), lastError: '', outOfMemory: false };
      this.startWorker(slot);
      this.slots.push(slot);
    }
    this.watchdog = setInterval(() => this.checkHangs(), Math.min(1000, Math.max(50, this.runTimeoutMs / 4)));
    this.watchdog.unref();
  }

  get size(): number {
    return this.slots.length;
  }

  /** Runs a batch of seeds on a worker; resolves with every run's summary, in order. */
  async run(scenario: Scenario, seeds: readonly string[], sut: SutRef, options: BatchOptions = {}): Promise<readonly RunSummary[]> {
    return (await this.runBatch(scenario, seeds, sut, options)).summaries;
  }

  runBatch(scenario: Scenario, seeds: readonly string[], sut: SutRef, options: BatchOptions = {}): Promise<Batch> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<Batch>((resolve, reject) => {
      const job: Job = { id: this.nextId++, scenario, seeds, sut, options, summaries: [], samples: [], details: [], capture: null, next: 0, confirming: false, resolve, reject };
      if (seeds.length === 0) {
        resolve({ summaries: [], samples: [], details: [] });
        return;
      }
      this.queue.push(job);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watchdog);
    for (const job of this.queue.splice(0)) job.reject(new Error('the worker pool closed'));
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      slot.generation++;
      slot.job?.reject(new Error('the worker pool closed'));
      slot.job = null;
    }
    if (this.coverage !== null) await Promise.all(slots.map((slot) => flushCoverage(slot.worker)));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private startWorker(slot: Slot): void {
    const generation = ++slot.generation;
    const worker = new Worker(BOOTSTRAP, {
      // young generation kept small and bounded too: the old generation's limit is what trips
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.round(this.heapMb / 8))) },
      ...(this.coverage !== null ? { workerData: { coverage: this.coverage } } : {}),
    });
    slot.worker = worker;
    slot.lastError = '';
    slot.outOfMemory = false;
    slot.ready = false;
    slot.readiesDue = 1;
    slot.loaded = new Set();
    worker.on('message', (reply: WorkReply) => {
      if (slot.generation !== generation) return;
      if (reply.kind === 'ready') {
        slot.readiesDue = Math.max(0, slot.readiesDue - 1);
        slot.ready = slot.readiesDue === 0;
        slot.lastProgressMs = wallNow(); // run time is counted from here, not from start-up
        return;
      }
      this.onReply(slot, reply);
    });
    worker.on('error', (error) => {
      if (slot.generation !== generation) return;
      slot.lastError = error instanceof Error ? error.message : String(error);
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') slot.outOfMemory = true;
    });
    worker.on('exit', (code) => {
      if (slot.generation === generation && !this.closed) this.onDeath(slot, code);
    });
  }

  private dispatch(): void {
    for (;;) {
      if (this.queue.length === 0) return;
      const free = this.slots.filter((slot) => slot.job === null);
      if (free.length === 0) return;
      const job = this.queue.shift() as Job;
      this.assign(free.find((slot) => slot.index !== job.options.avoid) ?? (free[0] as Slot), job);
    }
  }

  private assign(slot: Slot, job: Job): void {
    slot.job = job;
    slot.lastProgressMs = wallNow();
    // a system under test this worker has not loaded yet is loaded first, under the start-up
    // limit: compiling a --sut module on a busy machine took longer than a 0.5 s run timeout,
    // and the load was judged a hang (with nothing journaled for its repro)
    const key = JSON.stringify(job.sut);
    if (!slot.loaded.has(key)) {
      slot.loaded.add(key);
      slot.readiesDue++;
      slot.ready = false;
    }
    // a run that may never return keeps its decisions outside the worker
    // (a fresh buffer each time: a terminated worker may still be writing to the old one)
    const alone = job.confirming || (job.options.detail !== undefined && job.seeds.length - job.next === 1);
    job.capture = alone && job.options.replay === undefined && job.options.replays === undefined ? createCapture() : null;
    const request: WorkRequest = {
      id: job.id,
      scenario: job.scenario,
      seeds: job.confirming ? job.seeds.slice(job.next, job.next + 1) : job.seeds.slice(job.next),
      base: job.next,
      sut: job.sut,
      chainsFor: job.options.chainsFor ?? [],
      compact: job.options.compact === true,
      ...(job.options.hashOnly === true ? { hashOnly: true } : {}),
      ...(job.capture !== null ? { capture: job.capture } : {}),
      ...(job.options.replay !== undefined ? { replay: job.options.replay } : {}),
      ...(job.options.replays !== undefined ? { replays: job.options.replays.slice(job.next, job.confirming ? job.next + 1 : undefined) } : {}),
      ...(job.options.detail !== undefined ? { detail: job.options.detail } : {}),
      ...(job.options.learn === true ? { learn: true } : {}),
    };
    slot.worker.postMessage(request);
  }

  private onReply(slot: Slot, reply: WorkReply): void {
    const job = slot.job;
    if (job === null || reply.id !== job.id) return;
    slot.lastProgressMs = wallNow();
    switch (reply.kind) {
      case 'error':
        this.free(slot);
        job.reject(new Error(`worker failed: ${reply.error}`));
        return;
      case 'done':
        if (job.next >= job.seeds.length) this.complete(slot, job);
        else this.assign(slot, job); // the end of a confirmation run: go on with the rest
        return;
      case 'runs':
        if (reply.summaries !== null) job.summaries.push(...reply.summaries);
        for (const sample of reply.samples) job.samples.push({ ...sample, worker: slot.index });
        if (reply.details !== undefined) job.details.push(...reply.details);
        job.next = reply.first + reply.count;
        job.confirming = false;
        job.options.onChunk?.({ ...reply, worker: slot.index });
        return;
    }
  }

  /** Records a run that never finished, then carries on with the rest of its batch. */
  private lose(slot: Slot, job: Job, lost: RunSummary): void {
    const summary = { ...lost, ...this.heldSchedule(job) };
    if (job.options.compact !== true) job.summaries.push(summary);
    job.options.onChunk?.({ first: job.next, count: 1, worker: slot.index, summaries: [summary], lines: [''], failures: [summary], samples: [] });
    job.next++;
    job.confirming = false;
    if (job.next >= job.seeds.length) this.complete(slot, job);
    else this.assign(slot, job);
  }

  private complete(slot: Slot, job: Job): void {
    this.free(slot);
    job.resolve({ summaries: job.summaries, samples: job.samples, details: job.details });
  }

  /** What a run that never finished had decided: from its journal, or the schedule it was
   * replaying. Its repro replays it up to where it stopped. */
  private heldSchedule(job: Job): Pick<RunSummary, 'repro' | 'faults'> | Record<string, never> {
    const replay = job.options.replays?.[job.next] ?? job.options.replay;
    if (replay !== undefined) return { faults: replay.schedule.length, repro: { schedule: replay.schedule, fingerprints: replay.fingerprints, plan: replay.plan } };
    const captured = job.capture !== null ? readCapture(job.capture) : null;
    // a run stopped before its worker journaled anything (its system under test still
    // loading, a busy machine) decided nothing yet; its workload is the seed's all the same
    if (captured === null) return { faults: 0, repro: { schedule: [], fingerprints: [], plan: planOf(job.scenario, BigInt(job.seeds[job.next] as string)), partial: true } };
    return { faults: captured.schedule.length, repro: { schedule: captured.schedule, fingerprints: captured.fingerprints, plan: captured.plan, ...(captured.complete ? {} : { partial: true }) } };
  }

  /** A worker died. Runs are reported in chunks, so which seed killed it is known only by
   * running the first unreported one again, alone, on a fresh worker. */
  private onDeath(slot: Slot, code: number): void {
    const job = slot.job;
    const reason = `the worker died (exit code ${code}${slot.lastError !== '' ? `: ${slot.lastError}` : ''}) while running this seed, twice`;
    const outOfMemory = slot.outOfMemory;
    this.replaced++;
    this.startWorker(slot);
    if (job === null) return;
    if (job.confirming) {
      const seed = job.seeds[job.next] as string;
      this.lose(slot, job, lostRun(job.scenario.name, seed, describeSut(job.sut), outOfMemory ? { kind: 'out-of-memory', limitMb: this.heapMb } : { kind: 'worker-died', message: reason }));
    } else {
      job.confirming = true;
      this.assign(slot, job);
    }
  }

  private checkHangs(): void {
    const now = wallNow();
    for (const slot of this.slots) {
      const job = slot.job;
      // a worker still starting gets a generous limit of its own
      const limit = slot.ready ? this.runTimeoutMs : Math.max(this.runTimeoutMs, STARTUP_TIMEOUT_MS);
      if (job === null || now - slot.lastProgressMs <= limit) continue;
      slot.generation++; // ignore the old worker's exit
      void slot.worker.terminate();
      this.replaced++;
      this.startWorker(slot);
      if (job.confirming) {
        const seed = job.seeds[job.next] as string;
        this.lose(slot, job, lostRun(job.scenario.name, seed, describeSut(job.sut), { kind: 'hang', limitMs: this.runTimeoutMs }));
      } else {
        job.confirming = true; // its first unreported seed, once more, alone, on the fresh worker
        this.assign(slot, job);
      }
    }
  }

  private free(slot: Slot): void {
    slot.job = null;
    this.dispatch();
  }
}

/** Asks a worker to write its coverage, and waits (10 s at most) until it has. */
function flushCoverage(worker: Worker): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', done);
      resolve();
    };
    const onMessage = (reply: WorkReply) => {
      if (reply.kind === 'flushed') done();
    };
    const timer = setTimeout(done, 10_000);
    worker.on('message', onMessage);
    worker.once('exit', done);
    worker.postMessage({ flush: true });
  });
}
