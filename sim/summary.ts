// What a sweep keeps of a run: plain data, one JSON line in results.jsonl. A failing run
// also carries what a repro needs: its schedule of decisions and its workload.

import type { DecisionValue } from './decisions.ts';
import type { RunResult } from './runner.ts';
import type { Verdict } from './verdict.ts';
import type { Plan } from './workload.ts';

/** The plain-data fields of a run's result, and what a repro of it needs. */
export type RunSummary = Pick<
  RunResult,
  'scenario' | 'seed' | 'sut' | 'hash' | 'verdict' | 'events' | 'timeMs' | 'crashes' | 'situations' | 'checks' | 'meaningful'
> & {
  /** non-default decisions in its schedule */
  readonly faults: number;
  /** failing runs only */
  readonly repro?: {
    readonly schedule: readonly (readonly [number, DecisionValue])[];
    readonly fingerprints?: readonly (readonly [number, string])[];
    readonly plan: Plan;
    /** a run that never finished, whose journal filled up: later decisions are missing */
    readonly partial?: boolean;
  };
};

export function summarize(result: RunResult): RunSummary {
  const summary: RunSummary = {
    scenario: result.scenario,
    seed: result.seed,
    sut: result.sut,
    hash: result.hash,
    verdict: result.verdict,
    events: result.events,
    timeMs: result.timeMs,
    crashes: result.crashes,
    faults: result.schedule.size,
    situations: result.situations,
    checks: result.checks,
    meaningful: result.meaningful,
  };
  if (result.verdict.kind === 'pass') return summary;
  return { ...summary, repro: { schedule: [...result.schedule], fingerprints: [...result.fingerprints], plan: result.plan } };
}

/** A run that never finished: the worker hung on it, or died. */
export function lostRun(scenario: string, seed: string, sut: string, verdict: Verdict): RunSummary {
  return { scenario, seed, sut, hash: '', verdict, events: 0, timeMs: 0, crashes: 0, faults: 0, situations: [], checks: {}, meaningful: {} };
}
