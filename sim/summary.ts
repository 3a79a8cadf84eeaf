// What a sweep keeps of a run: plain data, one JSON line in results.jsonl. A failing run
// also carries what a repro needs: its schedule of decisions and its workload.

import { type DecisionValue, unpackAnchor, Witness } from './decisions.ts';
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
  let bits = 0;
  const add = (fault: string, phase: string, actor: string, bit: number) => {
    const key = `${fault}|${phase}|${actor}`;
    const into = (bits & bit) !== 0 ? mix : idle;
    into[key] = (into[key] ?? 0) + 1;
  };
  for (const [key, value] of schedule) {
    bits = witnessed.get(key) ?? 0;
    const anchor = unpackAnchor(key);
    const at = fingerprints.get(key) ?? '';
    const actor = anchor.address === 0 ? 'kernel' : anchor.address === 1 ? 'control-plane' : 'client';
    const words = at.split(' ');
    // "fate of KIND …", "before EVENT KIND …", "after KIND by …", "CALL KIND … by …" (a call
    // with no kind, such as sync or drawId, is its own phase)
    // ("before timer  by …": a timer has no kind, so the event is the phase)
    const named = words[0] === 'fate' || words[0] === 'before' ? (words[2] === '' && words[0] === 'before' ? words[1] : words[2]) : words[1];
    const phase = anchor.kind === 'restart' ? 'restart' : anchor.kind === 'diskLoss' ? 'unsynced records' : named === undefined || named === '' || named === 'by' ? (words[0] || '?') : named;
    if (anchor.kind === 'send' && typeof value === 'object') {
      if (value.drop) add('drop', phase, actor, Witness.drop);
      if (value.delayMs > 0) add('delay', phase, actor, Witness.delay);
      if (value.duplicateDelayMs >= 0) add('duplicate', phase, actor, Witness.duplicate);
      if (value.partitionMs > 0) add('partition', phase, actor, Witness.partition);
    } else {
      const fault = { portCrash: 'crash at a port call', eventCrash: 'crash after an event', beforeEvent: 'crash before an event', restart: 'slow restart', diskLoss: 'lost unsynced records', send: 'send' }[anchor.kind];
      const bit = anchor.kind === 'restart' ? Witness.restart : anchor.kind === 'diskLoss' ? Witness.loss : Witness.crash;
      add(fault, phase, actor, bit);
    }
  }
  return { mix, idle };
}

/** A run that never finished: the worker hung on it, or died. */
export function lostRun(scenario: string, seed: string, sut: string, verdict: Verdict): RunSummary {
  return { scenario, seed, sut, hash: '', verdict, events: 0, timeMs: 0, crashes: 0, faults: 0, situations: [], checks: {}, meaningful: {} };
}
