// results.jsonl: a sweep's results, one JSON line per run, appended as runs finish. The
// first line is a header naming the situations and invariants, so that each run's line can
// carry its situations as a bitmask and its check counts as an array (≈ 200 bytes a run).
// Shards of one sweep write files with the same header; `aggregate` reads any number of
// them back, streaming.

import { closeSync, createReadStream, existsSync, openSync, readSync, statSync, truncateSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { INVARIANTS } from './invariants/index.ts';
import { SITUATIONS } from './situations.ts';
import type { RunSummary } from './summary.ts';
import type { Verdict } from './verdict.ts';

export const RESULTS_FORMAT = 'aerosim-results/1';

const SITUATION_IDS: readonly string[] = SITUATIONS.map((situation) => situation.id);
const INVARIANT_IDS: readonly string[] = INVARIANTS.map((invariant) => invariant.id).filter((id) => id !== 'determinism');

export interface ResultsHeader {
  readonly type: 'header';
  readonly format: typeof RESULTS_FORMAT;
  readonly situations: readonly string[];
  readonly invariants: readonly string[];
}

export interface ResultLine {
  readonly scenario: string;
  readonly seed: string;
  readonly sut: string;
  readonly hash: string;
  readonly verdict: Verdict;
  readonly events: number;
  readonly crashes: number;
  readonly faults: number;
  /** bit i: SITUATIONS[i] reached */
  readonly situations: number;
  /** checks per invariant, in header order */
  readonly checks: readonly number[];
  /** of those, the meaningful ones (absent in results written before they were counted) */
  readonly meaningful?: readonly number[];
  /** set on the extra line a determinism check writes */
  readonly check?: 'determinism';
  /** the repro file written for a failing run */
  readonly repro?: string;
}

export function header(): ResultsHeader {
  return { type: 'header', format: RESULTS_FORMAT, situations: SITUATION_IDS, invariants: INVARIANT_IDS };
}

export function resultLine(summary: RunSummary, extra: { repro?: string; check?: 'determinism' } = {}): ResultLine {
  let situations = 0;
  for (const id of summary.situations) {
    const index = SITUATION_IDS.indexOf(id);
    if (index >= 0) situations |= 1 << index;
  }
  return {
    scenario: summary.scenario,
    seed: summary.seed,
    sut: summary.sut,
    hash: summary.hash,
    verdict: summary.verdict,
    events: summary.events,
    crashes: summary.crashes,
    faults: summary.faults,
    situations,
    checks: INVARIANT_IDS.map((id) => summary.checks[id] ?? 0),
    meaningful: INVARIANT_IDS.map((id) => summary.meaningful[id] ?? 0),
    ...extra,
  };
}

/** The (scenario, seed) pairs already in a results file (for --resume), read streaming. A
 * last line cut off mid-write by a kill is first removed from the file. */
export async function completedPairs(file: string): Promise<Set<string>> {
  const done = new Set<string>();
  if (!existsSync(file)) return done;
  dropPartialLine(file);
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    const parsed = JSON.parse(line) as { type?: string; scenario?: string; seed?: string };
    if (parsed.type === 'header' || parsed.scenario === undefined) continue;
    done.add(pairKey(parsed.scenario, parsed.seed ?? ''));
  }
  return done;
}

/** Truncates a file after its last newline. */
function dropPartialLine(file: string): void {
  const size = statSync(file).size;
  if (size === 0) return;
  const fd = openSync(file, 'r');
  try {
    const tail = Buffer.alloc(Math.min(size, 1 << 16));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    const lastNewline = tail.lastIndexOf(10);
    if (lastNewline === tail.length - 1) return;
    truncateSync(file, lastNewline < 0 ? Math.max(0, size - tail.length) : size - tail.length + lastNewline + 1);
  } finally {
    closeSync(fd);
  }
}

export function pairKey(scenario: string, seed: string): string {
  return `${scenario}\u0000${seed}`;
}

export function hasHeader(file: string): boolean {
  return existsSync(file) && statSync(file).size > 0;
}

export interface ScenarioTotals {
  runs: number;
  failures: number;
  events: number;
}

export interface Aggregate {
  runs: number;
  failures: number;
  events: number;
  readonly byVerdict: Record<string, number>;
  readonly byInvariant: Record<string, number>;
  readonly byScenario: Record<string, ScenarioTotals>;
  /** situation id → runs that reached it, per scenario */
  readonly situations: Record<string, Record<string, number>>;
  /** invariant id → checks, in total, and the meaningful ones among them */
  readonly checks: Record<string, number>;
  readonly meaningful: Record<string, number>;
  /** failing runs (a few thousand at most are kept) */
  readonly failing: ResultLine[];
}

const FAILING_KEPT = 5000;

export function emptyAggregate(): Aggregate {
  return { runs: 0, failures: 0, events: 0, byVerdict: {}, byInvariant: {}, byScenario: {}, situations: {}, checks: {}, meaningful: {}, failing: [] };
}

export function addLine(total: Aggregate, line: ResultLine, names: { situations: readonly string[]; invariants: readonly string[] }): void {
  const failed = line.verdict.kind !== 'pass';
  const scenario = (total.byScenario[line.scenario] ??= { runs: 0, failures: 0, events: 0 });
  if (line.check !== 'determinism') {
    total.runs++;
    total.events += line.events;
    scenario.runs++;
    scenario.events += line.events;
    total.byVerdict[line.verdict.kind] = (total.byVerdict[line.verdict.kind] ?? 0) + 1;
    const reached = (total.situations[line.scenario] ??= {});
    names.situations.forEach((id, index) => {
      if ((line.situations & (1 << index)) !== 0) reached[id] = (reached[id] ?? 0) + 1;
    });
    names.invariants.forEach((id, index) => {
      total.checks[id] = (total.checks[id] ?? 0) + (line.checks[index] ?? 0);
      total.meaningful[id] = (total.meaningful[id] ?? 0) + (line.meaningful?.[index] ?? 0);
    });
  }
  if (!failed) return;
  total.failures++;
  scenario.failures++;
  const ids = line.verdict.kind === 'violation' ? [...new Set(line.verdict.violations.map((v) => v.invariant))] : [line.verdict.kind];
  for (const id of ids) total.byInvariant[id] = (total.byInvariant[id] ?? 0) + 1;
  if (total.failing.length < FAILING_KEPT) total.failing.push(line);
}

/** Reads results files (one per shard, say), streaming. */
export async function aggregate(files: readonly string[]): Promise<Aggregate> {
  const total = emptyAggregate();
  for (const file of files) {
    let names = { situations: SITUATION_IDS, invariants: INVARIANT_IDS };
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const text of lines) {
      if (text === '') continue;
      let parsed: ResultLine | ResultsHeader;
      try {
        parsed = JSON.parse(text) as ResultLine | ResultsHeader;
      } catch {
        continue; // a line cut off by a kill
      }
      if ('type' in parsed && parsed.type === 'header') {
        names = { situations: parsed.situations, invariants: parsed.invariants };
        continue;
      }
      addLine(total, parsed as ResultLine, names);
    }
  }
  return total;
}
