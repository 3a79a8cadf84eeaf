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

/** The decision points a run reaches, in the order it first asks about each, with what
 * each applies to (its fingerprint: call, kind, request, process). */
export class Asked {
  readonly keys: number[] = [];
  readonly sites = new Map<number, string>();

  readonly onAsk = (key: number, site: string): void => {
    if (this.sites.has(key)) return;
    this.sites.set(key, site);
    this.keys.push(key);
  };
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
  /** what each applies to */
  readonly sites: ReadonlyMap<number, string>;
  readonly baseline: RunResult;
}

/** The fault-free run and the anchors it asked about. */
export function learn(scenario: Scenario, seed: bigint, sut: SystemUnderTest): DecisionPoints {
  const asked = new Asked();
  const baseline = runOnce({ scenario, seed, sut, schedule: new Map(), onAsk: asked.onAsk });
  return { plan: baseline.plan, anchors: asked.keys, sites: asked.sites, baseline };
}

const DROP: Fate = { drop: true, delayMs: 0, duplicateDelayMs: -1, partitionMs: 0 };
const DUPLICATE: Fate = { drop: false, delayMs: 0, duplicateDelayMs: 0, partitionMs: 0 };

/** The single faults that can apply at an anchor: for a message, a drop, a copy at once, a
 * copy after `delayMs` (it arrives after the original was handled) and a delay; a crash at
 * a port call, after or before an event; a restart `slowRestartMs` late (only after a
 * crash: depth 2 reaches it). Disk losses go with the crash that causes them. */
/** The delays explore's faults use, from the scenario's fault model: the longest delay, the
 * latest copy (seconds late where the scenario has late copies, else the longest delay) and
 * the slowest restart (a slower one is outside the model: liveness rightly fails when the
 * kernel stays down through the quiet phase). */
export interface ExploreTiming {
  readonly delayMs: number;
  readonly lateCopyMs: number;
  readonly slowRestartMs: number;
}

export function timingOf(scenario: Scenario, delayMs?: number): ExploreTiming {
  const delay = delayMs ?? Math.max(1, scenario.faults.delayMsMax);
  const late = (scenario.faults.lateCopy ?? 0) > 0 ? Math.max(delay, scenario.faults.lateCopyMsMax ?? 0) : delay;
  return { delayMs: delay, lateCopyMs: late, slowRestartMs: scenario.faults.restartMsMax };
}

/** Depth 1 uses no slow restart: a restart decision exists only after a crash. */
const FIRST = (timing: ExploreTiming): ExploreTiming => ({ ...timing, slowRestartMs: 0 });

/** How late explore's copies come: the latest the model allows, and — where copies can be
 * seconds late — a ladder of thirds below it (30 s, 10 s, 3.3 s, 1.1 s), since a bug may
 * need a copy inside a band (later than a cache's window, earlier than a skewed clock's
 * notion of stale) that the latest alone overshoots. */
function lateCopies(delayMs: number, lateCopyMs: number): number[] {
  const ladder = [lateCopyMs];
  for (let ms = Math.round(lateCopyMs / 3); ms > 3 * delayMs && ladder.length < 4; ms = Math.round(ms / 3)) ladder.push(ms);
  return ladder;
}

export function faultsAt(key: number, timing: ExploreTiming): { value: DecisionValue; fault: string }[] {
  const { delayMs, lateCopyMs, slowRestartMs } = timing;
  switch (unpackAnchor(key).kind) {
    case 'send':
      return [
        { value: DROP, fault: 'drop' },
        { value: DUPLICATE, fault: 'duplicate' },
        ...lateCopies(delayMs, lateCopyMs).map((ms) => ({ value: { drop: false, delayMs: 0, duplicateDelayMs: ms, partitionMs: 0 }, fault: 'late duplicate' })),
        { value: { drop: false, delayMs, duplicateDelayMs: -1, partitionMs: 0 }, fault: 'delay' },
      ];
    case 'portCrash':
      return [{ value: 1, fault: 'crash at a port call' }];
    case 'eventCrash':
      return [{ value: 1, fault: 'crash after an event' }];
    case 'beforeEvent':
      return [{ value: 1, fault: 'crash before an event' }];
    case 'restart':
      return slowRestartMs > 0 ? [{ value: slowRestartMs, fault: 'slow restart' }] : [];
    default:
      return [];
  }
}

/** A disk loss larger than any unsynced suffix: the crash loses all of it. */
const ALL_UNSYNCED = 2 ** 30;

/** The cells of one anchor: each fault there; a crash three ways — losing none of its
 * incarnation's unsynced records, the newest one, or all of them. */
function cellsAt(key: number, timing: ExploreTiming): Cell[] {
  const out: Cell[] = [];
  for (const { value, fault } of faultsAt(key, timing)) {
    out.push({ schedule: [[key, value]], faults: [fault] });
    if (!fault.startsWith('crash')) continue;
    const { address, incarnation } = unpackAnchor(key);
    const loss = anchorKey(address, incarnation, DecisionKind.diskLoss, 0);
    out.push({ schedule: [[key, value], [loss, 1]], faults: [fault, 'losing the newest unsynced record'] });
    out.push({ schedule: [[key, value], [loss, ALL_UNSYNCED]], faults: [fault, 'losing every unsynced record'] });
  }
  return out;
}

/** Every single fault at every decision point of the fault-free run (depth 1), sampled
 * evenly when there are more than the budget. */
export function cells(points: Pick<DecisionPoints, 'anchors'>, budget: number, timing: ExploreTiming): Cell[] {
  const singles = points.anchors.flatMap((key) => cellsAt(key, FIRST(timing)));
  return singles.length <= budget ? singles : evenly(singles, budget);
}

/** Depth 2 as a tree, not a product: each single fault changes the run after it — a crash
 * starts a new incarnation with decision points the fault-free run never had (its
 * recovery), a drop makes a timeout fire — and the second fault is drawn from the decision
 * points of *that* run, those it reached after the first fault. The budget is spread evenly
 * over the singles; within a single's share, a crash at a port-call site no cell has struck
 * yet comes first (so the site table fills: a kernel's DUPLICATE reply exists only after a
 * copied dispatch), then points about the same request as the first fault (a copied
 * dispatch whose decision is then lost), then points the fault-free run never had (the
 * failure path), then the rest, each spread evenly. Each single is run once here, in process, to learn its points. */
export function pairCells(
  points: DecisionPoints,
  budget: number,
  timing: ExploreTiming,
  learnFrom: (schedule: ReadonlyMap<number, DecisionValue>) => Learned,
): Cell[] {
  const firsts = pairFirsts(points, budget, timing);
  return pairCellsFrom(points, timing, firsts, firsts.map((first) => learnFrom(new Map(first.cell.schedule))));
}

/** A first fault of depth 2, and how many second faults its share of the budget holds. */
export interface PairFirst {
  readonly cell: Cell;
  readonly quota: number;
  /** its place among the singles chosen (the phase of its picks) */
  readonly index: number;
}

/** The first faults of depth 2 with a share of the budget: each is run once, with its
 * fault, to learn the points it reaches (pairCellsFrom takes what each run learned). */
export function pairFirsts(points: Pick<DecisionPoints, 'anchors'>, budget: number, timing: ExploreTiming): PairFirst[] {
  const singles = points.anchors.flatMap((key) => cellsAt(key, FIRST(timing)));
  const chosen = singles.length <= budget ? singles : evenly(singles, budget);
  const base = Math.floor(budget / chosen.length);
  let extra = budget - base * chosen.length;
  const firsts: PairFirst[] = [];
  chosen.forEach((cell, index) => {
    const quota = base + (extra-- > 0 ? 1 : 0);
    if (quota > 0) firsts.push({ cell, quota, index });
  });
  return firsts;
}

/** The cells of depth 2, from the first faults and what each one's run reached (null: a run
 * that never finished, whose first fault gets no second). */
export function pairCellsFrom(points: Omit<DecisionPoints, 'baseline' | 'plan'>, timing: ExploreTiming, firsts: readonly PairFirst[], learnedRuns: readonly (Learned | null)[]): Cell[] {
  const baseline = new Set(points.anchors);
  const struck = new Set<string>();
  for (const key of points.anchors) if (unpackAnchor(key).kind === 'portCrash') struck.add(siteOf(points.sites.get(key) ?? ''));
  const out: Cell[] = [];
  firsts.forEach(({ cell: first, quota, index }, at) => {
    const learned = learnedRuns[at];
    if (learned === null || learned === undefined) return;
    const own = new Set(first.schedule.map(([key]) => key));
    const from = learned.keys.indexOf(first.schedule[0]?.[0] as number);
    const after = learned.keys.slice(from + 1).filter((key) => !own.has(key));
    const picked: Cell[] = [];
    for (const key of after) {
      if (picked.length >= quota || unpackAnchor(key).kind !== 'portCrash') continue;
      const site = siteOf(learned.sites.get(key) ?? '');
      if (struck.has(site)) continue;
      struck.add(site);
      picked.push(...cellsAt(key, timing).slice(0, 1));
    }
    // the same request as the first fault's (a copied dispatch, then its decision lost),
    // then points the fault-free run never had, then the rest
    const request = requestOf(first.schedule[0] !== undefined ? (points.sites.get(first.schedule[0][0]) ?? learned.sites.get(first.schedule[0][0]) ?? '') : '');
    const related = (key: number) => request !== '' && requestOf(learned.sites.get(key) ?? '') === request;
    const tiers = [
      after.filter((key) => related(key)),
      after.filter((key) => !related(key) && !baseline.has(key)),
      after.filter((key) => !related(key) && baseline.has(key)),
    ].map((keys) => keys.flatMap((key) => cellsAt(key, timing)));
    // a phase per single (the golden ratio's), so that singles with one pick each do not
    // all pick the first point after their fault
    const phase = (index * 0.6180339887) % 1;
    for (const tier of tiers) {
      const room = quota - picked.length;
      if (room <= 0) break;
      picked.push(...(tier.length <= room ? tier : evenly(tier, room, phase)));
    }
    for (const second of picked) out.push({ schedule: [...first.schedule, ...second.schedule], faults: [...first.faults, ...second.faults] });
  });
  return out;
}

/** The request id a decision's fingerprint names ("fate of dispatch r14 by …" → "r14"), or "". */
function requestOf(fingerprint: string): string {
  return /^(?:fate of|before \S+|after|\S+) \S* ?([rt]\d+) by /.exec(fingerprint)?.[1] ?? '';
}

/** What a run reached: its decision points in order, and what each applies to. */
export interface Learned {
  readonly keys: readonly number[];
  readonly sites: ReadonlyMap<number, string>;
}

/** The decision points a run with this schedule reaches, in the order it asks about them. */
export function decisionPoints(scenario: Scenario, seed: bigint, sut: SystemUnderTest, plan: Plan, schedule: ReadonlyMap<number, DecisionValue>): Learned {
  const asked = new Asked();
  const result = runOnce({ scenario, seed, sut, schedule, plan, check: false, onAsk: asked.onAsk });
  result.world?.trace.release();
  return asked;
}

/** `count` items spread evenly, starting `phase` (0 ≤ phase < 1) of a step in. */
function evenly<T>(items: readonly T[], count: number, phase = 0): T[] {
  const out: T[] = [];
  for (let k = 0; k < count; k++) out.push(items[Math.floor(((k + phase) * items.length) / count)] as T);
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
