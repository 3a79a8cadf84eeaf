// Exhaustive exploration: instead of sampling faults, run a scenario once with none to learn
// every decision point the environment is asked about — each effectful port call, each
// event (before and after its handler), each message sent — then run every single fault at
// every one of them (a crash at each call and around each event; a drop, a duplicate and a
// delay of each message), or every pair of them within a budget. Each cell is a schedule
// keyed as replay keys it, so a failing cell is a ready repro. The per-site table says how
// often a crash struck each port-call site (role, call, record or message kind).

import type { SystemUnderTest } from '../src/ports.ts';
import { anchorKey, DecisionKind, type DecisionValue, type Fate, unpackAnchor } from './decisions.ts';
import { runOnce, type RunResult } from './runner.ts';
import type { Scenario } from './scenario.ts';
import type { Plan } from './workload.ts';

/** A script that answers nothing and remembers every anchor it was asked about, in order:
 * the decision points of a run without faults. */
class AskedAbout extends Map<number, DecisionValue> {
  readonly asked: number[] = [];
  private readonly seen = new Set<number>();

  override get(key: number): DecisionValue | undefined {
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.asked.push(key);
    }
    return undefined;
  }
}

export interface Cell {
  /** the faults of this cell, as a schedule (one entry at depth 1, two at depth 2) */
  readonly schedule: readonly (readonly [number, DecisionValue])[];
  /** "crash at port call", "drop", … per entry */
  readonly faults: readonly string[];
}

export interface DecisionPoints {
  readonly plan: Plan;
  /** anchors in the order the fault-free run asked about them */
  readonly anchors: readonly number[];
  readonly baseline: RunResult;
}

/** The fault-free run and the anchors it asked about. */
export function learn(scenario: Scenario, seed: bigint, sut: SystemUnderTest): DecisionPoints {
  const script = new AskedAbout();
  const baseline = runOnce({ scenario, seed, sut, schedule: script });
  return { plan: baseline.plan, anchors: script.asked, baseline };
}

const DROP: Fate = { drop: true, delayMs: 0, duplicateDelayMs: -1, partitionMs: 0 };
const DUPLICATE: Fate = { drop: false, delayMs: 0, duplicateDelayMs: 0, partitionMs: 0 };

/** The single faults that can apply at an anchor. */
export function faultsAt(key: number, delayMs: number): { value: DecisionValue; fault: string }[] {
  switch (unpackAnchor(key).kind) {
    case 'send':
      return [
        { value: DROP, fault: 'drop' },
        { value: DUPLICATE, fault: 'duplicate' },
        { value: { drop: false, delayMs, duplicateDelayMs: -1, partitionMs: 0 }, fault: 'delay' },
      ];
    case 'portCrash':
      return [{ value: 1, fault: 'crash at a port call' }];
    case 'eventCrash':
      return [{ value: 1, fault: 'crash after an event' }];
    case 'beforeEvent':
      return [{ value: 1, fault: 'crash before an event' }];
    default:
      return []; // restart delays and disk losses exist only after a crash: depth 2 reaches them
  }
}

/** A disk loss larger than any unsynced suffix: the crash loses all of it. */
const ALL_UNSYNCED = 2 ** 30;

/** Every single fault at every decision point (depth 1), or pairs of them (depth 2),
 * sampled evenly when there are more pairs than the budget. A crash comes three ways: it
 * loses none of its incarnation's unsynced records, the newest one, or all of them. */
export function cells(points: DecisionPoints, depth: 1 | 2, budget: number, delayMs: number): Cell[] {
  const singles: Cell[] = [];
  for (const key of points.anchors) {
    for (const { value, fault } of faultsAt(key, delayMs)) {
      singles.push({ schedule: [[key, value]], faults: [fault] });
      if (!fault.startsWith('crash')) continue;
      const { address, incarnation } = unpackAnchor(key);
      const loss = anchorKey(address, incarnation, DecisionKind.diskLoss, 0);
      singles.push({ schedule: [[key, value], [loss, 1]], faults: [fault, 'losing the newest unsynced record'] });
      singles.push({ schedule: [[key, value], [loss, ALL_UNSYNCED]], faults: [fault, 'losing every unsynced record'] });
    }
  }
  if (depth === 1) return singles.length <= budget ? singles : evenly(singles, budget);
  const pairs = (singles.length * (singles.length - 1)) / 2;
  const out: Cell[] = [];
  const take = Math.min(budget, pairs);
  // the k-th of `take` evenly spaced pair indices, decoded to (i, j), i < j
  for (let k = 0; k < take; k++) {
    let index = Math.floor((k * pairs) / take);
    let i = 0;
    while (index >= singles.length - 1 - i) {
      index -= singles.length - 1 - i;
      i++;
    }
    const a = singles[i] as Cell;
    const b = singles[i + 1 + index] as Cell;
    if (a.schedule[0]?.[0] === b.schedule[0]?.[0]) continue; // two fates for one anchor: not a pair
    out.push({ schedule: [...a.schedule, ...b.schedule], faults: [...a.faults, ...b.faults] });
  }
  return out;
}

function evenly<T>(items: readonly T[], count: number): T[] {
  const out: T[] = [];
  for (let k = 0; k < count; k++) out.push(items[Math.floor((k * items.length) / count)] as T);
  return out;
}

/** "control-plane append AUDIT" from "append AUDIT r3 by control-plane": the port-call site
 * of a crash, without ids or incarnations. */
export function siteOf(fingerprint: string): string {
  const match = /^(\S+) (\S*)(?: \S+)? by ([a-z-]+?)(?:-\d+)?(?: to .*)?$/.exec(fingerprint);
  if (match === null) return fingerprint;
  const [, call, kind, process] = match;
  return `${process} ${call}${kind !== '' ? ` ${kind}` : ''}`;
}

export interface SiteRow {
  readonly site: string;
  /** cells whose crash struck it */
  struck: number;
  /** of those, failing */
  failed: number;
}

/** Tallies crash cells by the port-call site they struck (from the fingerprint recorded
 * when the crash was applied). */
export function tallySites(rows: Map<string, SiteRow>, cell: Cell, fingerprints: ReadonlyMap<number, string>, failed: boolean): void {
  for (const [key] of cell.schedule) {
    if (unpackAnchor(key).kind !== 'portCrash') continue;
    const at = fingerprints.get(key);
    if (at === undefined) continue; // not reached (a depth-2 partner changed the run)
    const site = siteOf(at);
    const row = rows.get(site) ?? { site, struck: 0, failed: 0 };
    row.struck++;
    if (failed) row.failed++;
    rows.set(site, row);
  }
}
