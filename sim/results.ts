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
  /** who made these results, how (absent in files written before it was recorded) */
  readonly provenance?: Provenance;
}

export interface Provenance {
  readonly command: string;
  readonly sut: string;
  readonly codeVersion: string;
  /** ISO date the sweep started */
  readonly started: string;
  readonly node: string;
  readonly shard: string | null;
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
  /** faults with a witnessed effect, by "kind|phase|actor" */
  readonly mix?: Readonly<Record<string, number>>;
  /** faults that changed nothing a run could notice, by the same key */
  readonly idle?: Readonly<Record<string, number>>;
}

export function header(provenance?: Provenance, identity?: object): ResultsHeader {
  return { type: 'header', format: RESULTS_FORMAT, situations: SITUATION_IDS, invariants: INVARIANT_IDS, ...(provenance !== undefined ? { provenance } : {}), ...(identity !== undefined ? { identity } : {}) };
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
    ...(summary.mix !== undefined && Object.keys(summary.mix).length > 0 ? { mix: summary.mix } : {}),
    ...(summary.idle !== undefined && Object.keys(summary.idle).length > 0 ? { idle: summary.idle } : {}),
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
  /** faults injected that had a witnessed effect, by "kind|phase|actor", over all runs */
  readonly mix: Record<string, number>;
  /** faults injected that changed nothing a run could notice, by the same key */
  readonly idle: Record<string, number>;
  /** each input's header provenance, by file */
  readonly provenance: Record<string, Provenance | null>;
  /** systems under test named by the runs */
  readonly suts: string[];
  /** lines that could not be trusted and were left out: "file:line: why" */
  readonly skipped: string[];
  /** (scenario, seed) pairs that came twice: "scenario seed N in A:l and B:l" */
  readonly duplicates: string[];
  /** determinism re-runs made, by where: another worker (or thread), a separate process */
  readonly determinismChecks: Record<string, number>;
}

const FAILING_KEPT = 5000;

export function emptyAggregate(): Aggregate {
  return { runs: 0, failures: 0, events: 0, byVerdict: {}, byInvariant: {}, byScenario: {}, situations: {}, checks: {}, meaningful: {}, failing: [], mix: {}, idle: {}, provenance: {}, suts: [], skipped: [], duplicates: [], determinismChecks: {} };
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
    for (const cell in line.mix ?? {}) total.mix[cell] = (total.mix[cell] ?? 0) + (line.mix?.[cell] ?? 0);
    for (const cell in line.idle ?? {}) total.idle[cell] = (total.idle[cell] ?? 0) + (line.idle?.[cell] ?? 0);
    if (!total.suts.includes(line.sut)) total.suts.push(line.sut);
  }
  if (!failed) return;
  total.failures++;
  scenario.failures++;
  const ids = line.verdict.kind === 'violation' ? [...new Set(line.verdict.violations.map((v) => v.invariant))] : [line.verdict.kind];
  for (const id of ids) total.byInvariant[id] = (total.byInvariant[id] ?? 0) + 1;
  if (total.failing.length < FAILING_KEPT) total.failing.push(line);
}

/** What is wrong with a parsed results line, or null if it can be trusted. */
export function lineProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const line = value as Record<string, unknown>;
  if (typeof line['scenario'] !== 'string') return '"scenario" is not a string';
  if (typeof line['seed'] !== 'string' || !/^\d+$/.test(line['seed'])) return '"seed" is not a decimal string';
  if (typeof line['sut'] !== 'string') return '"sut" is not a string';
  const verdict = line['verdict'] as Record<string, unknown> | null;
  if (typeof verdict !== 'object' || verdict === null || typeof verdict['kind'] !== 'string') return '"verdict" is not an object with a "kind"';
  if (verdict['kind'] === 'violation' && !Array.isArray(verdict['violations'])) return 'a violation verdict without "violations"';
  if (typeof line['events'] !== 'number' || typeof line['situations'] !== 'number') return '"events" or "situations" is not a number';
  if (!Array.isArray(line['checks'])) return '"checks" is not an array';
  return null;
}

/** Reads results files (one per shard, say), streaming. Lines that cannot be trusted are
 * left out and named in `skipped`; a (scenario, seed) pair met twice is named in
 * `duplicates` and counted once. */
export async function aggregate(files: readonly string[]): Promise<Aggregate> {
  const total = emptyAggregate();
  const seen = new Map<string, number>();
  for (const [fileIndex, file] of files.entries()) {
    let names = { situations: SITUATION_IDS, invariants: INVARIANT_IDS };
    total.provenance[file] = null;
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    let number = 0;
    for await (const text of lines) {
      number++;
      if (text === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        total.skipped.push(`${file}:${number}: not valid JSON${number > 1 ? ' (a line cut off by a kill, or a corrupt file)' : ''}`);
        continue;
      }
      const record = parsed as Partial<ResultsHeader> | null;
      if (record !== null && typeof record === 'object' && record.type === 'header') {
        if (!Array.isArray(record.situations) || !Array.isArray(record.invariants)) {
          total.skipped.push(`${file}:${number}: a header without situation and invariant lists`);
          continue;
        }
        names = { situations: record.situations, invariants: record.invariants };
        total.provenance[file] = record.provenance ?? null;
        continue;
      }
      if (record !== null && typeof record === 'object' && (record as { type?: unknown }).type === 'determinism-checked') {
        const checked = record as { isolate?: unknown; count?: unknown };
        if (typeof checked.isolate === 'string' && typeof checked.count === 'number') total.determinismChecks[checked.isolate] = (total.determinismChecks[checked.isolate] ?? 0) + checked.count;
        continue;
      }
      const problem = lineProblem(parsed);
      if (problem !== null) {
        total.skipped.push(`${file}:${number}: ${problem}`);
        continue;
      }
      const line = parsed as ResultLine;
      const key = `${pairKey(line.scenario, line.seed)}\u0000${line.check ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined) {
        total.duplicates.push(`${line.scenario} seed ${line.seed}${line.check !== undefined ? ` (${line.check})` : ''} in ${files[Math.floor(first / 2 ** 32)]}:${first % 2 ** 32} and ${file}:${number}`);
        continue;
      }
      seen.set(key, fileIndex * 2 ** 32 + number);
      addLine(total, line, names);
    }
  }
  return total;
}

/** Per fault kind: how many were injected, how many had a witnessed effect, the share. */
export function witnessShares(total: Pick<Aggregate, 'mix' | 'idle'>): { fault: string; injected: number; witnessed: number; share: string }[] {
  const by = new Map<string, { witnessed: number; idle: number }>();
  const tally = (cells: Record<string, number>, field: 'witnessed' | 'idle') => {
    for (const [key, n] of Object.entries(cells)) {
      const fault = key.split('|')[0] as string;
      const row = by.get(fault) ?? { witnessed: 0, idle: 0 };
      row[field] += n;
      by.set(fault, row);
    }
  };
  tally(total.mix, 'witnessed');
  tally(total.idle ?? {}, 'idle');
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([fault, row]) => ({ fault, injected: row.witnessed + row.idle, witnessed: row.witnessed, share: `${((100 * row.witnessed) / Math.max(1, row.witnessed + row.idle)).toFixed(1)}%` }));
}
