// Every decision the environment makes about a run — each message's fate, each crash, each
// restart delay, each disk loss — keyed by what it happened to: (process address,
// incarnation, kind, ordinal within that incarnation), never by step index. A run either
// draws its decisions from the seed (and records the non-default ones: the schedule), or
// takes them from a schedule (replay), where a decision absent from it is the default.
// Replaying a schedule therefore survives code changes that shift PRNG draws, and a
// schedule shrinks by turning decisions back to their defaults.

import type { ResolvedFaults } from './scenario.ts';
import type { Stream } from './rng.ts';

export const DecisionKind = {
  /** the fate of the n-th message an incarnation sends */
  send: 0,
  /** a crash at the n-th effectful port call of an incarnation */
  portCrash: 1,
  /** a crash right after the n-th event an incarnation handles */
  eventCrash: 2,
  /** how long after this incarnation's crash its successor starts */
  restart: 3,
  /** how many unsynced records this incarnation's crash loses */
  diskLoss: 4,
  /** a crash when the n-th event of an incarnation arrives, before its handler runs */
  beforeEvent: 5,
} as const;
export type DecisionKindName = keyof typeof DecisionKind;
export const DECISION_KIND_NAMES: readonly DecisionKindName[] = ['send', 'portCrash', 'eventCrash', 'restart', 'diskLoss', 'beforeEvent'];

/** What a fault changed, as bits per decision key (a send's fate may hold several faults):
 * a fault whose bit is never set had no effect a run could notice. */
export const Witness = {
  /** a drop removed the only copy of its message */
  drop: 1,
  /** a delay reordered something: the receiver handled an event the message would have
   * come before */
  delay: 2,
  /** a copy reached the receiver after the original had been handled */
  duplicate: 4,
  /** a partition dropped a message (the one it began before, at least) */
  partition: 8,
  /** a crash interrupted a handler or the arrival of an event, killed live timers, lost
   * unsynced records, or made a message arrive at a process that was down */
  crash: 16,
  /** a crash lost unsynced records */
  loss: 32,
  /** a restart, later than the shortest, kept the process down when a message arrived */
  restart: 64,
} as const;

/** What happens to one sent message. The default: delivered once after the base latency. */
export interface Fate {
  drop: boolean;
  /** extra delay beyond the base latency, ms */
  delayMs: number;
  /** -1: no copy; otherwise a second delivery this many ms after the base latency */
  duplicateDelayMs: number;
  /** > 0: the link goes down for this long, starting before this message */
  partitionMs: number;
  /** with a copy: how many copies (absent: 1), the k-th arriving k × duplicateDelayMs late */
  copies?: number;
  /** with a partition: it cuts only this message's direction */
  oneWay?: boolean;
}

export const DEFAULT_FATE: Readonly<Fate> = { drop: false, delayMs: 0, duplicateDelayMs: -1, partitionMs: 0 };

/** A copy of a fate to record, without the fields at their defaults (a schedule written
 * before copies and one-way partitions existed reads the same). */
export function plainFate(fate: Fate): Fate {
  const { copies, oneWay, ...rest } = fate;
  return { ...rest, ...(copies !== undefined && copies > 1 ? { copies } : {}), ...(oneWay === true ? { oneWay } : {}) };
}

export function isDefaultFate(fate: Fate): boolean {
  return !fate.drop && fate.delayMs === 0 && fate.duplicateDelayMs === -1 && fate.partitionMs === 0;
}

const ORDINAL_SPACE = 2 ** 24;
const KIND_SPACE = 8;
const INCARNATION_SPACE = 2 ** 16;

/** Packs an anchor into one number (51 bits): Map lookups on numbers are ~10× faster than
 * on template strings. */
export function anchorKey(address: number, incarnation: number, kind: number, ordinal: number): number {
  return ((address * INCARNATION_SPACE + incarnation) * KIND_SPACE + kind) * ORDINAL_SPACE + ordinal;
}

export interface Anchor {
  readonly address: number;
  readonly incarnation: number;
  readonly kind: DecisionKindName;
  readonly ordinal: number;
}

/** An anchor's decision kind, without unpacking the rest. */
export function anchorKindOf(key: number): DecisionKindName {
  return DECISION_KIND_NAMES[Math.floor(key / ORDINAL_SPACE) % KIND_SPACE] ?? 'send';
}

/** An anchor's process address, without unpacking the rest. */
export function anchorAddressOf(key: number): number {
  return Math.floor(key / (ORDINAL_SPACE * KIND_SPACE * INCARNATION_SPACE));
}

export function unpackAnchor(key: number): Anchor {
  const ordinal = key % ORDINAL_SPACE;
  let rest = (key - ordinal) / ORDINAL_SPACE;
  const kind = rest % KIND_SPACE;
  rest = (rest - kind) / KIND_SPACE;
  const incarnation = rest % INCARNATION_SPACE;
  const address = (rest - incarnation) / INCARNATION_SPACE;
  return { address, incarnation, kind: DECISION_KIND_NAMES[kind] ?? 'send', ordinal };
}

/** A recorded non-default decision: a Fate for sends, 1 for crashes, a number otherwise. */
export type DecisionValue = Fate | number;

/** Where a run's environment decisions come from. The world calls these only while faults
 * are on; in the quiet phase every decision is the default. */
export interface DecisionSource {
  /** The fate of a message; the returned object is read at once, never kept. */
  sendFate(key: number, link: number): Fate;
  crashAtPortCall(key: number, role: number): boolean;
  crashAfterEvent(key: number, role: number): boolean;
  restartDelayMs(key: number): number;
  diskLoss(key: number, role: number, unsynced: number): number;
  crashBeforeEvent(key: number, role: number): boolean;
  /** Records a decision the world took for another reason (a trigger fired). */
  record(key: number, value: DecisionValue): void;
  /** The non-default decisions taken so far, in the order they were taken. */
  readonly schedule: Map<number, DecisionValue>;
  /** For each of those, what it applied to: the port call, message or record kind, request
   * and recipient (the world says, through `site`). A replay compares them. */
  readonly fingerprints: Map<number, string>;
  /** Set by the world: describes the call being decided now. */
  site: () => string;
}

/** One decision of a replayed schedule that fell on another call than the one recorded:
 * the code changed shape there. */
export interface Drift {
  readonly key: number;
  readonly recorded: string;
  readonly now: string;
}

/** Draws decisions from the seeded streams and records the non-default ones. */
export class RandomDecisions implements DecisionSource {
  readonly schedule = new Map<number, DecisionValue>();
  readonly fingerprints = new Map<number, string>();
  site: () => string = () => '';
  /** the one fate object handed out, with every field from the start: adding `copies` and
   * `oneWay` on the first send of every run was a transitioning store (~4% of a tiny run) */
  private readonly fate: Fate = { drop: false, delayMs: 0, duplicateDelayMs: -1, partitionMs: 0, copies: 1, oneWay: false };

  constructor(
    private readonly faults: ResolvedFaults,
    private readonly network: Stream,
    private readonly crashes: Stream,
    /** told of each decision as it is taken (a run that may hang or kill its worker keeps
     * its schedule outside the worker this way) */
    private readonly journal: ((key: number, value: DecisionValue, at: string) => void) | null = null,
  ) {}

  sendFate(key: number, link: number): Fate {
    const f = this.faults;
    const fate = this.fate;
    const rng = this.network;
    fate.partitionMs = rng.chance(f.partition[link] ?? 0) ? rng.between(1, f.partitionMsMax) : 0;
    fate.drop = rng.chance(f.drop[link] ?? 0);
    fate.delayMs = rng.chance(f.delay[link] ?? 0) ? rng.between(1, f.delayMsMax) : 0;
    fate.duplicateDelayMs = rng.chance(f.duplicate[link] ?? 0) ? rng.between(0, f.delayMsMax) : -1;
    // drawn only where a scenario enables them, so that no other scenario's streams change
    if (fate.duplicateDelayMs >= 0 && rng.chance(f.lateCopy)) fate.duplicateDelayMs = rng.between(f.delayMsMax, Math.max(f.delayMsMax, f.lateCopyMsMax));
    fate.copies = fate.duplicateDelayMs >= 0 && f.duplicateCopiesMax > 1 ? rng.between(1, f.duplicateCopiesMax) : 1;
    fate.oneWay = fate.partitionMs > 0 && rng.chance(f.partitionOneWay);
    if (!isDefaultFate(fate)) this.keep(key, plainFate(fate));
    return fate;
  }

  crashAtPortCall(key: number, role: number): boolean {
    if (!this.crashes.chance(this.faults.crashAtPortCall[role] ?? 0)) return false;
    this.keep(key, 1);
    return true;
  }

  crashAfterEvent(key: number, role: number): boolean {
    if (!this.crashes.chance(this.faults.crashAfterEvent[role] ?? 0)) return false;
    this.keep(key, 1);
    return true;
  }

  restartDelayMs(key: number): number {
    const { restartMsMin, restartMsMax } = this.faults;
    const delay = restartMsMax > restartMsMin ? this.crashes.between(restartMsMin, restartMsMax) : restartMsMin;
    if (delay !== restartMsMin) this.keep(key, delay);
    return delay;
  }

  diskLoss(key: number, role: number, unsynced: number): number {
    if (unsynced === 0 || !this.crashes.chance(this.faults.diskLoss[role] ?? 0)) return 0;
    const lost = this.crashes.between(1, unsynced);
    this.keep(key, lost);
    return lost;
  }

  crashBeforeEvent(key: number, role: number): boolean {
    if (!this.crashes.chance(this.faults.crashBeforeEvent[role] ?? 0)) return false;
    this.keep(key, 1);
    return true;
  }

  record(key: number, value: DecisionValue): void {
    this.keep(key, typeof value === 'number' ? value : plainFate(value));
  }

  private keep(key: number, value: DecisionValue): void {
    const at = this.site();
    this.schedule.set(key, value);
    this.fingerprints.set(key, at);
    this.journal?.(key, value, at);
  }
}

/** Takes decisions from a recorded schedule; anything absent is the default. Remembers
 * which anchors were reached, so a replay can tell "an anchor no longer exists". */
export class ScheduledDecisions implements DecisionSource {
  readonly schedule = new Map<number, DecisionValue>();
  readonly fingerprints = new Map<number, string>();
  readonly reached = new Set<number>();
  /** decisions that fell on another call than the one they were recorded at */
  readonly drift: Drift[] = [];
  site: () => string = () => '';

  constructor(
    private readonly script: ReadonlyMap<number, DecisionValue>,
    private readonly faults: ResolvedFaults,
    /** what each decision applied to when it was recorded (absent: not checked) */
    private readonly recorded: ReadonlyMap<number, string> = new Map(),
    /** told of every decision point the run reaches and what it applies to (explore) */
    private readonly onAsk: ((key: number, site: string) => void) | null = null,
  ) {}

  sendFate(key: number): Fate {
    return this.take(key) ?? DEFAULT_FATE;
  }

  crashAtPortCall(key: number): boolean {
    return this.take(key) !== undefined;
  }

  crashAfterEvent(key: number): boolean {
    return this.take(key) !== undefined;
  }

  restartDelayMs(key: number): number {
    return this.take(key) ?? this.faults.restartMsMin;
  }

  diskLoss(key: number, _role: number, unsynced: number): number {
    const lost = this.take(key) as number | undefined;
    return lost === undefined ? 0 : Math.min(lost, unsynced);
  }

  crashBeforeEvent(key: number): boolean {
    return this.take(key) !== undefined;
  }

  /** Replays take every decision from the script; nothing else records. */
  record(): void {}

  /** Anchors of the script that the run never reached. */
  missing(): number[] {
    return [...this.script.keys()].filter((key) => !this.reached.has(key));
  }

  private take<T extends DecisionValue>(key: number): T | undefined {
    if (this.onAsk !== null) this.onAsk(key, this.site());
    const value = this.script.get(key);
    if (value === undefined) return undefined;
    this.reached.add(key);
    this.schedule.set(key, value);
    const now = this.site();
    this.fingerprints.set(key, now);
    const recorded = this.recorded.get(key);
    if (recorded !== undefined && recorded !== now) this.drift.push({ key, recorded, now });
    return value as T;
  }
}
