// What a sweep keeps of a run: plain data, one JSON line in results.jsonl. A failing run
// also carries what a repro needs: its schedule of decisions and its workload.

import { anchorAddressOf, anchorKindOf, type DecisionKindName, type DecisionValue, Witness } from './decisions.ts';
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
  /** those faults that had a witnessed effect, by "fault kind|protocol phase|actor role"
   * (the report's heatmap) */
  readonly mix?: Readonly<Record<string, number>>;
  /** the faults that changed nothing a run could notice, by the same key */
  readonly idle?: Readonly<Record<string, number>>;
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
    ...faultMix(result.schedule, result.fingerprints, result.witnessed),
    situations: result.situations,
    checks: result.checks,
    meaningful: result.meaningful,
  };
  if (result.verdict.kind === 'pass') return summary;
  return { ...summary, repro: { schedule: [...result.schedule], fingerprints: [...result.fingerprints], plan: result.plan } };
}

/** Counts a run's faults by kind, the protocol phase they struck (the message, record or
 * event kind their fingerprint names) and the role of the process struck: in `mix` those
 * with a witnessed effect, in `idle` those that changed nothing a run could notice (a
 * duplicate that arrived before its original was handled, a delay that reordered nothing, a
 * crash between two events of a process with no timer, no unsynced record and no message
 * arriving while it was down). */
export function faultMix(
  schedule: ReadonlyMap<number, DecisionValue>,
  fingerprints: ReadonlyMap<number, string>,
  witnessed: ReadonlyMap<number, number>,
): { mix: Record<string, number>; idle: Record<string, number> } {
  const mix: Record<string, number> = {};
  const idle: Record<string, number> = {};
  // (words found with indexOf and the anchor's fields computed in place: a split and an
  // anchor object per fault were ~3% of a sweep worker's time)
  for (const [key, value] of schedule) {
    const bits = witnessed.get(key) ?? 0;
    const kind = anchorKindOf(key);
    const address = anchorAddressOf(key);
    const actor = address === 0 ? 'kernel' : address === 1 ? 'control-plane' : 'client';
    const phase = kind === 'restart' ? 'restart' : kind === 'diskLoss' ? 'unsynced records' : phaseOf(fingerprints.get(key) ?? '');
    if (kind === 'send' && typeof value === 'object') {
      if (value.drop) count(bits & Witness.drop ? mix : idle, `drop|${phase}|${actor}`);
      if (value.delayMs > 0) count(bits & Witness.delay ? mix : idle, `delay|${phase}|${actor}`);
      if (value.duplicateDelayMs >= 0) count(bits & Witness.duplicate ? mix : idle, `duplicate|${phase}|${actor}`);
      if (value.partitionMs > 0) count(bits & Witness.partition ? mix : idle, `partition|${phase}|${actor}`);
    } else {
      const bit = kind === 'restart' ? Witness.restart : kind === 'diskLoss' ? Witness.loss : Witness.crash;
      count(bits & bit ? mix : idle, `${FAULT_NAMES[kind]}|${phase}|${actor}`);
    }
  }
  return { mix, idle };
}

const FAULT_NAMES: Readonly<Record<DecisionKindName, string>> = {
  portCrash: 'crash at a port call',
  eventCrash: 'crash after an event',
  beforeEvent: 'crash before an event',
  restart: 'slow restart',
  diskLoss: 'lost unsynced records',
  send: 'send',
};

function count(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

/** The protocol phase a fingerprint names: "fate of KIND …", "before EVENT KIND …",
 * "after KIND by …", "CALL KIND … by …" (a call with no kind, such as sync or drawId, is
 * its own phase; "before timer  by …": a timer has no kind, so the event is the phase). */
export function phaseOf(at: string): string {
  const first = at.indexOf(' ');
  const w0 = first < 0 ? at : at.slice(0, first);
  if (first < 0) return w0 || '?';
  const second = at.indexOf(' ', first + 1);
  const w1 = second < 0 ? at.slice(first + 1) : at.slice(first + 1, second);
  let named: string | undefined = w1;
  if (w0 === 'fate' || w0 === 'before') {
    if (second < 0) named = undefined;
    else {
      const third = at.indexOf(' ', second + 1);
      const w2 = third < 0 ? at.slice(second + 1) : at.slice(second + 1, third);
      named = w2 === '' && w0 === 'before' ? w1 : w2;
    }
  }
  return named === undefined || named === '' || named === 'by' ? w0 || '?' : named;
}

/** A run that never finished: the worker hung on it, or died. */
export function lostRun(scenario: string, seed: string, sut: string, verdict: Verdict): RunSummary {
  return { scenario, seed, sut, hash: '', verdict, events: 0, timeMs: 0, crashes: 0, faults: 0, situations: [], checks: {}, meaningful: {} };
}
