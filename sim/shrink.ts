// Shrinking a failing run to the smallest one that still fails the same way: first the
// schedule (delta debugging turns decisions back to their defaults), then the workload
// (operators, then each operator's intents), then the sizes of what is left (delays,
// partitions and restart delays made shorter, disk losses smaller). Every candidate is
// a full replay from the schedule; the failure must stay "the same invariant violated"
// (or the same verdict kind, for a failure that is not a violation).

import type { SystemUnderTest } from '../src/ports.ts';
import { wallNow } from './clock.ts';
import type { DecisionValue, Fate } from './decisions.ts';
import { scheduleEntries, scheduleMap, type Repro, type ScheduleEntry } from './repro.ts';
import { runOnce, type RunResult } from './runner.ts';
import type { CrashRecord } from './world.ts';
import { signatureOf, type Verdict } from './verdict.ts';
import type { Intent, Plan } from './workload.ts';

export interface Size {
  readonly faults: number;
  readonly operators: number;
  readonly intents: number;
  readonly events: number;
}

export interface ShrinkOutcome {
  readonly repro: Repro;
  readonly before: Size;
  readonly after: Size;
  readonly runs: number;
  readonly wallMs: number;
  /** the shrunk run, for its timeline */
  readonly result: RunResult;
}

/** The failure to keep: an invariant id, or a verdict kind. */
export function failureOf(verdict: Verdict): string | null {
  if (verdict.kind === 'pass') return null;
  if (verdict.kind === 'violation') return verdict.violations[0]?.invariant ?? 'violation';
  return verdict.kind;
}

/** What a replay or a shrink must keep: an invariant id or verdict kind, and for a
 * violation recorded with one, its signature (invariant, request role, step kind). */
export interface Target {
  readonly failure: string;
  readonly signature: string | null;
}

export function describeTarget(target: string | Target): string {
  if (typeof target === 'string') return target;
  return target.signature ?? target.failure;
}

export function fails(result: { readonly verdict: Verdict }, target: string | Target): boolean {
  const verdict = result.verdict;
  const failure = typeof target === 'string' ? target : target.failure;
  const signature = typeof target === 'string' ? null : target.signature;
  if (verdict.kind === 'violation') return verdict.violations.some((violation) => (signature !== null ? signatureOf(violation) === signature : violation.invariant === failure));
  return verdict.kind === failure;
}

/** Delta debugging (Zeller's ddmin) to a 1-minimal subset for which `test` holds. */
export function ddmin<T>(items: readonly T[], test: (subset: readonly T[]) => boolean): T[] {
  let current = [...items];
  if (current.length === 0) return current;
  if (test([])) return [];
  let n = 2;
  while (current.length >= 2) {
    const size = Math.ceil(current.length / n);
    const chunks: T[][] = [];
    for (let i = 0; i < current.length; i += size) chunks.push(current.slice(i, i + size));
    let reduced = false;
    for (const chunk of chunks) {
      if (chunk.length < current.length && test(chunk)) {
        current = chunk;
        n = 2;
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      for (let i = 0; i < chunks.length; i++) {
        const complement = chunks.filter((_, j) => j !== i).flat();
        if (complement.length < current.length && test(complement)) {
          current = complement;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
    }
    if (!reduced) {
      if (n >= current.length) break;
      n = Math.min(n * 2, current.length);
    }
  }
  return current;
}

function intentsOf(plan: Plan): number {
  return plan.reduce((sum, intents) => sum + intents.length, 0);
}

export function shrink(repro: Repro, sut: SystemUnderTest, target: string | Target, budgetMs = Infinity): ShrinkOutcome {
  const started = wallNow();
  let runs = 0;
  let schedule: ScheduleEntry[] = [...repro.schedule];
  let plan: Plan = repro.workload;
  const attempt = (candidate: readonly ScheduleEntry[], candidatePlan: Plan): RunResult => {
    runs++;
    return runOnce({ scenario: repro.scenario, seed: BigInt(repro.seed), sut, schedule: scheduleMap(candidate), plan: candidatePlan });
  };
  const first = attempt(schedule, plan);
  const before: Size = { faults: schedule.length, operators: plan.length, intents: intentsOf(plan), events: first.events };
  if (!fails(first, target)) throw new Error(`the repro does not fail with ${describeTarget(target)} when replayed; nothing to shrink`);
  let last = first;
  const keep = (candidate: readonly ScheduleEntry[], candidatePlan: Plan): boolean => {
    if (wallNow() - started > budgetMs) return false; // out of time: keep what is smallest so far
    const result = attempt(candidate, candidatePlan);
    if (!fails(result, target)) return false;
    last = result;
    return true;
  };

  // 1. decisions back to their defaults, then crashes undone with what came after them
  //    re-anchored into the incarnation they no longer end
  schedule = ddmin(schedule, (subset) => keep(subset, plan));
  schedule = mergeIncarnations(schedule, () => last.crashLog, (candidate) => keep(candidate, plan));

  // 2. operators: drop one, renumbering the clients after it
  for (let operator = plan.length - 1; operator >= 0 && plan.length > 1; operator--) {
    const candidatePlan = plan.filter((_, index) => index !== operator);
    const candidate = withoutClient(schedule, operator);
    if (keep(candidate, candidatePlan)) {
      plan = candidatePlan;
      schedule = candidate;
    }
  }
  // … then each operator's last intents (dropping a suffix shifts no earlier anchor)
  for (let operator = 0; operator < plan.length; operator++) {
    const intents = plan[operator] as readonly Intent[];
    let low = 0;
    let high = intents.length;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const candidatePlan = plan.map((list, index) => (index === operator ? intents.slice(0, middle) : list));
      if (keep(schedule, candidatePlan)) high = middle;
      else low = middle + 1;
    }
    plan = plan.map((list, index) => (index === operator ? intents.slice(0, high) : list));
  }
  // … then any of them
  for (let operator = 0; operator < plan.length; operator++) {
    const intents = ddmin(plan[operator] as readonly Intent[], (subset) => keep(schedule, plan.map((list, index) => (index === operator ? subset : list))));
    plan = plan.map((list, index) => (index === operator ? intents : list));
  }
  // … and the decisions again, now that less happens
  schedule = ddmin(schedule, (subset) => keep(subset, plan));
  schedule = mergeIncarnations(schedule, () => last.crashLog, (candidate) => keep(candidate, plan));

  // 3. smaller delays, shorter partitions and restarts, fewer records lost
  for (let index = 0; index < schedule.length; index++) {
    for (const smaller of smallerValues(schedule[index] as ScheduleEntry)) {
      const candidate = schedule.map((entry, i) => (i === index ? { ...entry, value: smaller } : entry));
      if (keep(candidate, plan)) {
        schedule = candidate;
        break;
      }
    }
  }

  keep(schedule, plan); // leave `last` as the final run
  const after: Size = { faults: schedule.length, operators: plan.length, intents: intentsOf(plan), events: last.events };
  const minimal: Repro = {
    ...repro,
    hash: last.hash,
    verdict: last.verdict,
    violation: last.verdict.kind === 'violation' ? (last.verdict.violations.find((v) => fails({ verdict: { kind: 'violation', violations: [v] } }, target)) ?? null) : null,
    schedule: scheduleEntries(scheduleMap(schedule), last.fingerprints),
    workload: plan,
  };
  return { repro: minimal, before, after, runs, wallMs: Math.round(wallNow() - started), result: last };
}

const CRASH_KINDS: ReadonlySet<string> = new Set(['eventCrash', 'portCrash', 'beforeEvent']);

/** Tries undoing each crash: its restart and disk loss go with it, the next incarnation's
 * decisions move into the crashed one (their ordinals shifted by how far it had got, as
 * the last failing run recorded), and later incarnations are renumbered down by one. */
function mergeIncarnations(
  schedule: ScheduleEntry[],
  crashLog: () => readonly CrashRecord[],
  keep: (candidate: ScheduleEntry[]) => boolean,
): ScheduleEntry[] {
  let current = schedule;
  for (let index = 0; index < current.length; index++) {
    const crash = current[index] as ScheduleEntry;
    if (!CRASH_KINDS.has(crash.kind)) continue;
    const address = addressOfProcess(crash.process);
    const reached = crashLog().find((record) => record.address === address && record.incarnation === crash.incarnation);
    if (reached === undefined) continue;
    const candidate: ScheduleEntry[] = [];
    for (const entry of current) {
      if (entry.process !== crash.process || entry.incarnation < crash.incarnation) {
        candidate.push(entry);
        continue;
      }
      if (entry.incarnation === crash.incarnation) {
        if (entry === crash || entry.kind === 'restart' || entry.kind === 'diskLoss') continue;
        candidate.push(entry);
      } else if (entry.incarnation === crash.incarnation + 1) {
        const offset = entry.kind === 'send' ? reached.sends : entry.kind === 'portCrash' ? reached.calls : entry.kind === 'restart' || entry.kind === 'diskLoss' ? 0 : reached.events - 1;
        candidate.push({ ...entry, incarnation: crash.incarnation, ordinal: entry.ordinal + offset });
      } else {
        candidate.push({ ...entry, incarnation: entry.incarnation - 1 });
      }
    }
    if (keep(candidate)) {
      current = candidate;
      index = -1; // start over: the crash log changed
    }
  }
  return current;
}

function addressOfProcess(name: string): number {
  if (name === 'kernel') return 0;
  if (name === 'control-plane') return 1;
  return 2 + Number(name.slice('client-'.length));
}

/** The schedule without the decisions of client `operator`; later clients move down. */
function withoutClient(schedule: readonly ScheduleEntry[], operator: number): ScheduleEntry[] {
  const out: ScheduleEntry[] = [];
  for (const entry of schedule) {
    const match = /^client-(\d+)$/.exec(entry.process);
    if (match === null) {
      out.push(entry);
      continue;
    }
    const index = Number(match[1]);
    if (index === operator) continue;
    out.push(index > operator ? { ...entry, process: `client-${index - 1}` } : entry);
  }
  return out;
}

/** Candidate smaller values for a decision, smallest first. */
function smallerValues(entry: ScheduleEntry): DecisionValue[] {
  const value = entry.value;
  if (typeof value === 'number') {
    if (entry.kind === 'restart' || entry.kind === 'diskLoss') return value > 1 ? [1, Math.floor(value / 2)].filter((v) => v < value) : [];
    return [];
  }
  const fate = value as Fate;
  const candidates: Fate[] = [];
  for (const field of ['delayMs', 'duplicateDelayMs', 'partitionMs'] as const) {
    const current = fate[field];
    if (current > 1) {
      candidates.push({ ...fate, [field]: 1 });
      candidates.push({ ...fate, [field]: Math.floor(current / 2) });
    }
  }
  return candidates;
}
