// What a sweep keeps of a run: plain data, one JSON line in results.jsonl.

import type { RunResult } from './runner.ts';
import type { Verdict } from './verdict.ts';

export interface RunSummary {
  readonly scenario: string;
  readonly seed: string;
  readonly sut: string;
  readonly hash: string;
  readonly verdict: Verdict;
  readonly events: number;
  readonly crashes: number;
  readonly faults: number;
  readonly situations: readonly string[];
  readonly checks: Readonly<Record<string, number>>;
}

export function summarize(result: RunResult): RunSummary {
  return {
    scenario: result.scenario,
    seed: result.seed,
    sut: result.sut,
    hash: result.hash,
    verdict: result.verdict,
    events: result.events,
    crashes: result.crashes,
    faults: result.schedule.size,
    situations: result.situations,
    checks: result.checks,
  };
}
