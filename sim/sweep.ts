// A sweep: (scenario, seed) pairs run on worker threads in batches, each result appended
// to results.jsonl the moment it arrives (nothing is kept only in memory), a repro file
// written for every failure. Shards split the pairs deterministically, so N machines
// together cover every pair exactly once; --resume skips the pairs a file already holds.

import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SystemUnderTest } from '../src/ports.ts';
import { wallNow } from './clock.ts';
import type { CoverageSetup } from './coverage.ts';
import { determinismViolation } from './determinism.ts';
import { asDiskFull, DiskFullError } from './files.ts';
import { InputError } from './scenario-file.ts';
import { shellQuote } from './shell.ts';
import { type ChildRun, RERUN_ENVIRONMENTS, rerunWhere, runInChildren } from './isolated.ts';
import { type Batch, WorkerPool } from './pool.ts';
import { progressFor, type Progress } from './progress.ts';
import { codeVersion, reproOf, writeRepro } from './repro.ts';
import { aggregate, completedPairs, hasHeader, header, pairKey, type Provenance, resultLine, type Aggregate } from './results.ts';
import { type Ramp, rampRuns } from './ramp.ts';
import { runOnce } from './runner.ts';
import type { Scenario } from './scenario.ts';
import type { RunSummary } from './summary.ts';
import { describeSut, type SutRef } from './sut.ts';
import { firstDivergence } from './trace.ts';

export interface SweepOptions {
  /** scenarios, each with the name or path it was given by */
  readonly scenarios: readonly { readonly arg: string; readonly scenario: Scenario }[];
  readonly first: bigint;
  readonly last: bigint;
  readonly jobs: number;
  /** 1-based shard index and count, or null for all pairs */
  readonly shard: { readonly index: number; readonly count: number } | null;
  readonly sutRef: SutRef;
  /** the system resolved in this thread (for determinism re-runs with one worker) */
  readonly sut: SystemUnderTest;
  readonly outDir: string;
  readonly resume: boolean;
  readonly timeBudgetS: number | null;
  readonly determinismRate: number;
  readonly maxFailures: number | null;
  readonly runTimeoutMs: number;
  readonly batchSize: number;
  readonly progress: boolean;
  /** each worker's heap limit, MB */
  readonly heapMb?: number;
  /** measure the reference's code coverage (workers run it compiled, under V8 coverage) */
  readonly coverage?: CoverageSetup;
  /** who made these results, how: written into the results header */
  readonly provenance?: Provenance;
  /** what these results are of; --resume refuses a file of other ones */
  readonly identity: SweepIdentity;
  /** a failure line for the console (above the progress bar) */
  readonly onFailure?: (line: string) => void;
  /** small runs first (sim/ramp.ts); null or absent: none */
  readonly ramp?: Ramp | null;
}

export type StopReason = 'complete' | 'time-budget' | 'max-failures' | 'interrupted';

export interface SweepOutcome {
  readonly total: Aggregate;
  /** runs made by this invocation (a resumed sweep also counts what was there) */
  readonly runsNow: number;
  readonly wallS: number;
  readonly stopped: StopReason;
  readonly pairsPlanned: number;
  readonly resultsFile: string;
  readonly workersReplaced: number;
}

/** What a results file is of: --resume with other options would mix two sweeps in it. */
export interface SweepIdentity {
  readonly scenarios: readonly string[];
  readonly seeds: string;
  readonly sut: string;
  readonly shard: string | null;
  /** --ramp as given ("off" when none); absent in files written before ramps */
  readonly ramp?: string;
}

/** Refuses to resume a results file made with other options, naming each that differs. */
function checkResumable(file: string, identity: SweepIdentity): void {
  const first = readFileSync(file, 'utf8').split('\n', 1)[0] ?? '';
  let recorded: SweepIdentity | undefined;
  try {
    recorded = (JSON.parse(first) as { identity?: SweepIdentity }).identity;
  } catch {
    throw new InputError(`--resume: the first line of ${file} is not a results header; give another --out, or drop --resume to start over`);
  }
  if (recorded === undefined) return; // written before identities were recorded
  const differ: string[] = [];
  const show = (value: unknown) => JSON.stringify(value);
  if (show(recorded.scenarios) !== show(identity.scenarios)) differ.push(`--scenario: ${recorded.scenarios.join(',')} there, ${identity.scenarios.join(',')} now`);
  if (recorded.seeds !== identity.seeds) differ.push(`--seeds: ${recorded.seeds} there, ${identity.seeds} now`);
  if (recorded.sut !== identity.sut) differ.push(`system under test: ${recorded.sut} there, ${identity.sut} now`);
  if (recorded.shard !== identity.shard) differ.push(`--shard: ${recorded.shard ?? 'none'} there, ${identity.shard ?? 'none'} now`);
  if ((recorded.ramp ?? 'off') !== (identity.ramp ?? 'off')) differ.push(`--ramp: ${recorded.ramp ?? 'off'} there, ${identity.ramp ?? 'off'} now`);
  if (differ.length > 0) throw new InputError(`--resume: ${file} holds another sweep's results (${differ.join('; ')}); resume with the same options, or give another --out`);
}

/** Whether a pair belongs to a shard: pairs are numbered seed-major, then scenario. */
export function inShard(seedOffset: bigint, scenarioIndex: number, scenarioCount: number, shard: SweepOptions['shard']): boolean {
  if (shard === null) return true;
  return (seedOffset * BigInt(scenarioCount) + BigInt(scenarioIndex)) % BigInt(shard.count) === BigInt(shard.index - 1);
}

/** Whether a pair's determinism is checked: a fixed share, chosen by hashing the pair, and
 * seed 1 of every scenario. Without seed 1, a scenario could go unchecked in a short sweep:
 * red team 13's control plane, whose answer order hung on a counter shared across runs,
 * passed 150 seeds × 22 scenarios at 1 %, and failed the first re-run of impatient-operators
 * seed 1 in one process. */
export function sampledForDeterminism(scenario: string, seed: string, rate: number): boolean {
  if (rate <= 0) return false;
  if (rate >= 1 || seed === '1') return true;
  let hash = 0x811c9dc5;
  for (const char of `${scenario}:${seed}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  // FNV-1a's high bits follow the last characters too closely: 500 seeds of each of the 22
  // scenarios gave 3.8% at a rate of 5%. MurmurHash3's finaliser spreads them.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32 < rate;
}

type Entry = SweepOptions['scenarios'][number];

interface SeedBatch {
  readonly entry: Entry;
  readonly seeds: string[];
}

/** The ramp's pairs (one seed per batch: they are quick, and the first failure should
 * not wait for a batch), then the full-size pairs. Each part is sharded on its own. */
function* batches(options: SweepOptions, done: Set<string>): Generator<SeedBatch> {
  for (const { entry, offset, index, count } of rampRuns(options.scenarios, options.ramp ?? null)) {
    const seed = (options.first + BigInt(offset)).toString();
    if (inShard(BigInt(offset), index, count, options.shard) && !done.has(pairKey(entry.scenario.name, seed))) yield { entry, seeds: [seed] };
  }
  const { scenarios, first, last, shard, batchSize } = options;
  // batches start at one seed and double up to --batch: the first results (and an easy
  // bug's first failure) arrive after one run per scenario, not after a full batch
  let size = 1n;
  for (let start = first; start <= last; start += size, size = size * 2n < BigInt(batchSize) ? size * 2n : BigInt(batchSize)) {
    const end = start + size - 1n < last ? start + size - 1n : last;
    for (let scenarioIndex = 0; scenarioIndex < scenarios.length; scenarioIndex++) {
      const name = (scenarios[scenarioIndex] as { scenario: Scenario }).scenario.name;
      const seeds: string[] = [];
      for (let seed = start; seed <= end; seed++) {
        if (!inShard(seed - first, scenarioIndex, scenarios.length, shard)) continue;
        if (done.has(pairKey(name, seed.toString()))) continue;
        seeds.push(seed.toString());
      }
      if (seeds.length > 0) yield { entry: scenarios[scenarioIndex] as Entry, seeds };
    }
  }
}

function sharedOut(pairs: bigint, shard: SweepOptions['shard']): number {
  if (shard === null) return Number(pairs);
  const k = BigInt(shard.index - 1);
  const n = BigInt(shard.count);
  return pairs > k ? Number((pairs - 1n - k) / n + 1n) : 0;
}

function plannedPairs(options: SweepOptions): number {
  let ramp = 0;
  for (const run of rampRuns(options.scenarios, options.ramp ?? null)) if (inShard(BigInt(run.offset), run.index, run.count, options.shard)) ramp++;
  return ramp + sharedOut((options.last - options.first + 1n) * BigInt(options.scenarios.length), options.shard);
}

export async function runSweep(options: SweepOptions, interrupt: { onInterrupt?: () => void }): Promise<SweepOutcome> {
  const resultsFile = join(options.outDir, 'results.jsonl');
  if (options.resume && hasHeader(resultsFile)) checkResumable(resultsFile, options.identity);
  const done = options.resume ? await completedPairs(resultsFile) : new Set<string>();
  const fd = openSync(resultsFile, options.resume ? 'a' : 'w');
  /** Appends to results.jsonl; a full disk becomes a DiskFullError naming the file. */
  const append = (text: string) => {
    try {
      writeSync(fd, text);
    } catch (error) {
      throw asDiskFull(error, resultsFile);
    }
  };
  try {
    if (!options.resume || !hasHeader(resultsFile)) append(`${JSON.stringify(header(options.provenance, options.identity))}\n`);
  } catch (error) {
    closeSync(fd);
    if (error instanceof DiskFullError) error.kept = done.size;
    throw error;
  }
  const planned = plannedPairs(options);
  const started = wallNow();
  const pool = new WorkerPool(options.jobs, { runTimeoutMs: options.runTimeoutMs, ...(options.heapMb !== undefined ? { heapMb: options.heapMb } : {}), ...(options.coverage !== undefined ? { coverage: options.coverage } : {}) });
  const progress: Progress | null = options.progress ? progressFor(Math.max(0, planned - done.size)) : null;
  const version = codeVersion();
  let stopped: StopReason = 'complete';
  let runsNow = 0;
  let failuresNow = 0;

  const write = (summary: RunSummary, scenarioArg: string, scenario: Scenario, check?: 'determinism') => {
    let repro: string | undefined;
    if (summary.verdict.kind !== 'pass') {
      failuresNow++;
      repro = join(options.outDir, `repro-${summary.scenario}-${summary.seed}${check === 'determinism' ? '-determinism' : ''}.json`);
      writeRepro(repro, reproOf(summary, scenarioArg, scenario, options.sutRef, version));
      const say = progress !== null ? (line: string) => progress.note(`FAIL ${line}`) : options.onFailure;
      say?.(`${summary.scenario} seed ${summary.seed}: ${summary.verdict.kind}${summary.verdict.kind === 'violation' ? ` (${[...new Set(summary.verdict.violations.map((v) => v.invariant))].join(', ')})` : ''} — repro ${shellQuote(repro)}`);
      if (options.maxFailures !== null && failuresNow >= options.maxFailures && stopped === 'complete') {
        // stop now: runs in flight are dropped, not drained (none is recorded half-done;
        // --resume would make them)
        stopped = 'max-failures';
        void pool.close();
      }
    }
    append(`${JSON.stringify(resultLine(summary, { ...(repro !== undefined ? { repro } : {}), ...(check !== undefined ? { check } : {}) }))}\n`);
  };

  /** The schedule and workload of a seed, for the repro of a determinism failure (its
   * replay makes the run again in several isolates and compares). */
  const scheduleOf = (scenario: Scenario, seed: string): RunSummary['repro'] => {
    const result = runOnce({ scenario, seed: BigInt(seed), sut: options.sut, check: false });
    result.world?.trace.release();
    return { schedule: [...result.schedule], fingerprints: [...result.fingerprints], plan: result.plan };
  };

  /** every sampled run's seed and hash (not its chain: 5% of a million runs' chains would
   * be held to the end), per scenario argument, for the re-run in the separate processes */
  const sampled = new Map<string, { scenario: Scenario; runs: Sample[] }>();

  /** Re-runs sampled seeds in another isolate — another worker, or this thread with one
   * worker — in reverse order, so that state leaking between runs has a different history
   * there than where the seeds first ran. */
  const checkDeterminism = async (entry: SweepOptions['scenarios'][number], samples: Batch['samples']) => {
    const kept = sampled.get(entry.arg) ?? { scenario: entry.scenario, runs: [] };
    for (const sample of samples) kept.runs.push({ seed: sample.seed, hash: sample.hash });
    sampled.set(entry.arg, kept);
    const byWorker = new Map<number, Batch['samples'][number][]>();
    for (const sample of samples) byWorker.set(sample.worker, [...(byWorker.get(sample.worker) ?? []), sample]);
    for (const [worker, group] of byWorker) {
      const seeds = group.map((sample) => sample.seed).reverse();
      const again = new Map<string, { hash: string; chain: Uint32Array }>();
      if (pool.size > 1) {
        const batch = await pool.runBatch(entry.scenario, seeds, options.sutRef, { hashOnly: true, avoid: worker });
        for (const sample of batch.samples) again.set(sample.seed, sample);
      } else {
        for (const seed of seeds) {
          const result = runOnce({ scenario: entry.scenario, seed: BigInt(seed), sut: options.sut, check: false });
          again.set(seed, { hash: result.hash, chain: result.world?.trace.chainSnapshot() ?? new Uint32Array() });
        }
      }
      for (const sample of group) {
        const other = again.get(sample.seed);
        if (other === undefined || other.hash === sample.hash) continue;
        const step = firstDivergence(sample.chain, other.chain);
        const explanation = `the same seed gave hash ${sample.hash} on worker ${worker} and ${other.hash} on ${pool.size > 1 ? 'another worker' : 'the main thread'}; the traces part at step ${step}`;
        const summary = determinismLine(entry.scenario.name, sample.seed, sample.hash, describeSut(options.sutRef), explanation, step, scheduleOf(entry.scenario, sample.seed));
        write(summary, entry.arg, entry.scenario, 'determinism');
      }
      append(`${JSON.stringify({ type: 'determinism-checked', isolate: pool.size > 1 ? 'worker' : 'thread', count: group.length })}\n`);
    }
  };

  interrupt.onInterrupt = () => {
    stopped = 'interrupted';
    void pool.close();
  };

  const queue = batches(options, done);
  const maxInFlight = options.jobs * 2;
  let fatal: unknown = null;
  try {
    await new Promise<void>((resolve) => {
      let inFlight = 0;
      const pump = () => {
        while (stopped === 'complete' && inFlight < maxInFlight) {
          if (options.timeBudgetS !== null && (wallNow() - started) / 1000 >= options.timeBudgetS) {
            stopped = 'time-budget';
            break;
          }
          const next = queue.next();
          if (next.done === true) break;
          const entry = next.value.entry;
          const chainsFor = next.value.seeds.filter((seed) => sampledForDeterminism(entry.scenario.name, seed, options.determinismRate));
          inFlight++;
          pool
            .runBatch(entry.scenario, next.value.seeds, options.sutRef, {
              chainsFor,
              compact: true,
              onChunk: (chunk) => {
                if (stopped === 'interrupted' || stopped === 'max-failures') return;
                try {
                  const passing = (chunk.lines ?? []).filter((line) => line !== '');
                  if (passing.length > 0) append(`${passing.join('\n')}\n`);
                  for (const failure of chunk.failures) write(failure, entry.arg, entry.scenario);
                  runsNow += chunk.count;
                } catch (error) {
                  // a full disk, say: stop here; what was written stays, --resume goes on
                  fatal ??= error;
                  stopped = 'interrupted';
                  void pool.close();
                  return;
                }
                progress?.update(runsNow, failuresNow);
              },
            })
            .then(async (batch) => {
              if (stopped !== 'interrupted' && batch.samples.length > 0) await checkDeterminism(entry, batch.samples);
            })
            .catch((error: unknown) => {
              if (stopped === 'interrupted' || stopped === 'max-failures') return;
              fatal ??= error;
              stopped = 'interrupted';
            })
            .finally(() => {
              inFlight--;
              pump();
            });
        }
        if (inFlight === 0) resolve();
      };
      pump();
    });
    // the same seeds once more, in each separate process (another TZ, LANG, heap limit, directory)
    if (fatal === null && (stopped as StopReason) !== 'interrupted' && (stopped as StopReason) !== 'max-failures') {
      // every scenario's samples in one child process (a process each cost ~0.3 s)
      const groups = [...sampled].filter(([, group]) => group.runs.length > 0);
      // a mismatch's step needs this side's chain: the seed is made once more here
      const chainOf = (scenario: Scenario, seed: string) => {
        const result = runOnce({ scenario, seed: BigInt(seed), sut: options.sut, check: false });
        const chain = result.world?.trace.chainSnapshot() ?? new Uint32Array();
        result.world?.trace.release();
        return chain;
      };
      const mismatches = await rerunInProcesses(
        groups.map(([arg, group]) => ({ scenarioArg: arg, runs: group.runs, chainOf: (seed: string) => chainOf(group.scenario, seed) })),
        options.sutRef,
      );
      groups.forEach(([arg, group], index) => {
        for (const mismatch of mismatches[index] ?? []) {
          write(determinismLine(group.scenario.name, mismatch.seed, mismatch.hash, describeSut(options.sutRef), mismatch.explanation, mismatch.step, scheduleOf(group.scenario, mismatch.seed)), arg, group.scenario, 'determinism');
        }
        append(`${JSON.stringify({ type: 'determinism-checked', isolate: 'process', count: group.runs.length })}\n`);
      });
    }
  } finally {
    progress?.finish();
    closeSync(fd);
    await pool.close();
  }
  if (fatal instanceof DiskFullError) fatal.kept = done.size + runsNow;
  if (fatal !== null) throw fatal;
  return {
    total: await aggregate([resultsFile]),
    runsNow,
    wallS: (wallNow() - started) / 1000,
    stopped,
    pairsPlanned: planned,
    resultsFile,
    workersReplaced: pool.replaced,
  };
}

type Sample = { seed: string; hash: string };

/** Re-runs several scenarios' seeds in each separate process (one process per environment
 * for all of them); per scenario, the seeds whose hash differs in any. */
export async function rerunInProcesses(groups: readonly { scenarioArg: string; runs: readonly Sample[]; chainOf: (seed: string) => Uint32Array }[], sutRef: SutRef): Promise<{ seed: string; hash: string; step: number; explanation: string }[][]> {
  if (groups.length === 0) return [];
  const results = await runInChildren(groups.map((group) => ({ scenario: group.scenarioArg, sut: sutRef, seeds: group.runs.map((run) => run.seed), hashes: group.runs.map((run) => run.hash) })));
  return groups.map((group, index) => compareRuns(group.runs, results.map((runs) => runs.filter((run) => (run.group ?? 0) === index)), group.chainOf));
}

/** The runs whose hash differs in some separate process; one mismatch per seed, naming
 * every process that differs and the step at which the first parts from the sweep. */
function compareRuns(runs: readonly Sample[], childRuns: readonly (readonly ChildRun[])[], chainOf: (seed: string) => Uint32Array): { seed: string; hash: string; step: number; explanation: string }[] {
  const there = childRuns.map((group) => new Map(group.map((run) => [run.seed, run])));
  const mismatches: { seed: string; hash: string; step: number; explanation: string }[] = [];
  for (const run of runs) {
    let chain: Uint32Array | null = null;
    const differing = RERUN_ENVIRONMENTS.flatMap((environment, index) => {
      const other = there[index]?.get(run.seed);
      if (other === undefined || other.hash === run.hash) return [];
      chain ??= chainOf(run.seed);
      return [{ environment, other, step: firstDivergence(chain, Uint32Array.from(other.chain)) }];
    });
    const first = differing[0];
    if (first === undefined) continue;
    const where = differing.map(({ environment, other, step }) => `${other.hash} in ${rerunWhere(environment)}, parting at step ${step}`).join('; ');
    mismatches.push({ seed: run.seed, hash: run.hash, step: first.step, explanation: `the same seed gave hash ${run.hash} in the sweep and ${where}` });
  }
  return mismatches;
}

/** A results line for a determinism failure. */
function determinismLine(scenario: string, seed: string, hash: string, sut: string, explanation: string, step: number, repro: RunSummary['repro']): RunSummary {
  return {
    ...(repro !== undefined ? { repro } : {}),
    scenario,
    seed,
    sut,
    hash,
    verdict: { kind: 'violation', violations: [determinismViolation(`${scenario} seed ${seed}`, step, explanation)] },
    events: 0,
    timeMs: 0,
    crashes: 0,
    faults: 0,
    situations: [],
    checks: {},
    meaningful: {},
  };
}
