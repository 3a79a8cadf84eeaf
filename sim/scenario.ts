// A scenario: the workload, the environment's fault probabilities and the bounds of a
// run. Scenario files are JSON data in scenarios/ (see scenarios/README.md); this module
// holds the one documented type, its defaults, and the resolution of per-role and
// per-link probabilities into flat arrays the world reads on its hot path.

import type { Trigger } from './triggers.ts';

export const ROLES = ['kernel', 'control-plane', 'client'] as const;
export type Role = (typeof ROLES)[number];

/** Links are named sender->receiver. */
export const LINKS = ['client->control-plane', 'control-plane->client', 'control-plane->kernel', 'kernel->control-plane'] as const;
export type Link = (typeof LINKS)[number];

/** A probability for every role (or link), or one per role (link); missing ones are 0. */
export type PerRole = number | Partial<Record<Role, number>>;
export type PerLink = number | Partial<Record<Link, number>>;

export interface WorkloadOptions {
  /** Operators, each at its own client process. */
  readonly operators: number;
  /** Intents per operator (human re-issuances come on top). */
  readonly actions: number;
  /** Relative weights of the kinds of intent. `abandon` is a mutation the operator abandons
   * at the challenge; `invalid` is a mutation the control plane must reject. */
  readonly mix: { readonly mutate: number; readonly observe: number; readonly invalid: number; readonly abandon: number };
  /** Probability that an operator re-issues (as a new request) an intent that did not
   * execute or was lost before it got a request id. */
  readonly reissue: number;
  readonly thinkMsMin: number;
  readonly thinkMsMax: number;
  /** How long an operator waits for its client to show something before moving on. */
  readonly patienceMs: number;
  /** Probability that an operator asks about an unresolved request before its next intent
   * (it always asks in the quiet phase). */
  readonly askOutcome: number;
  /** Probability that a mutation comes with one of the operator quirks (sim/workload.ts
   * QUIRKS): walking away at the challenge, confirming late, typing twice, asking about
   * another operator's request, … */
  readonly quirks: number;
  /** Probability that a new collection takes 4–8 indexes (the control plane accepts up to
   * 8; the reference kernel holds 6 and rejects more with INDEX_LIMIT). */
  readonly wideCollections: number;
  /** Probability that a valid request sits at the edge of what validation accepts (names of
   * 19–32 characters, the smallest and largest numeric config values), and that an invalid
   * one names a config key like an inherited member of every object (`constructor`). */
  readonly edgeValues: number;
}

export interface FaultOptions {
  /** Per message sent. */
  readonly drop: PerLink;
  readonly duplicate: PerLink;
  readonly delay: PerLink;
  /** A delayed (or duplicated) copy arrives up to this many ms after the base latency. */
  readonly delayMsMax: number;
  /** Per message sent: the link goes down (both directions) for up to partitionMsMax. */
  readonly partition: PerLink;
  readonly partitionMsMax: number;
  /** Per effectful port call: the process crashes before the call takes effect. */
  readonly crashAtPortCall: PerRole;
  /** Per event handled: the process crashes right after the handler returns. */
  readonly crashAfterEvent: PerRole;
  /** Per crash: a suffix (at least one) of the unsynced records is lost. */
  readonly diskLoss: PerRole;
  readonly restartMsMin: number;
  readonly restartMsMax: number;
  /** Per event arriving at a process: it crashes before the handler runs (the event is
   * lost with it). */
  readonly crashBeforeEvent: PerRole;
  /** A duplicated message arrives as 1 to this many extra copies. */
  readonly duplicateCopiesMax: number;
  /** Per duplicated message: its copy is late — between delayMsMax and lateCopyMsMax after
   * the original (seconds, not milliseconds: a duplicate filter with a time window forgets). */
  readonly lateCopy: number;
  readonly lateCopyMsMax: number;
  /** Per partition: it cuts one direction only (the sender's messages to the receiver). */
  readonly partitionOneWay: number;
  /** Each process's clock runs at a rate in [1 − d, 1 + d] of virtual time: its timers
   * fire early or late, its `now()` drifts. */
  readonly clockDriftMax: number;
  /** Each process's clock is ahead by up to this many ms. */
  readonly clockSkewMsMax: number;
}

export interface TimeoutOptions {
  readonly clientResponseMs: number;
  readonly kernelMs: number;
}

export interface BoundOptions {
  /** Events taken off the queue. */
  readonly events: number;
  /** Virtual milliseconds. */
  readonly timeMs: number;
  /** Events waiting in the queue at once. */
  readonly queue: number;
  /** Effectful port calls one handler may make (a loop inside a handler ends the run
   * here, within a second, instead of growing without bound until it returns). */
  readonly portCallsPerHandler: number;
  /** Messages sent in one step. */
  readonly messagesPerStep: number;
}

export interface Scenario {
  /** each seed draws which fault kinds are on and how strong (TigerBeetle's swarm testing) */
  readonly swarm: boolean;
  /** each seed draws its own timeouts, latency, delay ceiling, restart delays and operator
   * think time and patience (sim/swarm.ts, TIMING_RANGES), so that races a fixed timing
   * never produces happen */
  readonly timingSwarm: boolean;
  /** directed faults */
  readonly triggers: readonly Trigger[];
  readonly name: string;
  /** Spec clauses this scenario is aimed at, e.g. ["6.1", "6.2"]. */
  readonly clauses: readonly string[];
  readonly description: string;
  /** the situations of the spec this scenario is meant to produce in every seed */
  readonly situations: readonly string[];
  readonly workload: WorkloadOptions;
  /** Base one-way network latency, ms. */
  readonly latencyMs: number;
  readonly timeouts: TimeoutOptions;
  readonly faults: FaultOptions;
  readonly bounds: BoundOptions;
}

/** Per link index (see linkIndex) and per role index, resolved once per run. */
export interface ResolvedFaults {
  readonly drop: Float64Array;
  readonly duplicate: Float64Array;
  readonly delay: Float64Array;
  readonly partition: Float64Array;
  readonly crashAtPortCall: Float64Array;
  readonly crashAfterEvent: Float64Array;
  readonly diskLoss: Float64Array;
  readonly crashBeforeEvent: Float64Array;
  readonly duplicateCopiesMax: number;
  readonly partitionOneWay: number;
  readonly lateCopy: number;
  readonly lateCopyMsMax: number;
  readonly delayMsMax: number;
  readonly partitionMsMax: number;
  readonly restartMsMin: number;
  readonly restartMsMax: number;
}

export function resolveFaults(faults: FaultOptions): ResolvedFaults {
  return {
    drop: perLink(faults.drop),
    duplicate: perLink(faults.duplicate),
    delay: perLink(faults.delay),
    partition: perLink(faults.partition),
    crashAtPortCall: perRole(faults.crashAtPortCall),
    crashAfterEvent: perRole(faults.crashAfterEvent),
    diskLoss: perRole(faults.diskLoss),
    crashBeforeEvent: perRole(faults.crashBeforeEvent ?? 0),
    duplicateCopiesMax: faults.duplicateCopiesMax ?? 1,
    partitionOneWay: faults.partitionOneWay ?? 0,
    lateCopy: faults.lateCopy ?? 0,
    lateCopyMsMax: faults.lateCopyMsMax ?? 30_000,
    delayMsMax: faults.delayMsMax,
    partitionMsMax: faults.partitionMsMax,
    restartMsMin: faults.restartMsMin,
    restartMsMax: faults.restartMsMax,
  };
}

/** Resolved faults per fault options object, for options that outlive a run (a scenario's
 * own, shared by every seed of a sweep): resolving costs ~2% of a small run. The arrays
 * are only ever read. Options drawn per seed (swarm) are resolved afresh, not kept. */
const resolved = new WeakMap<FaultOptions, ResolvedFaults>();

export function resolvedFaultsOf(faults: FaultOptions): ResolvedFaults {
  let found = resolved.get(faults);
  if (found === undefined) resolved.set(faults, (found = resolveFaults(faults)));
  return found;
}

function perRole(value: PerRole): Float64Array {
  return Float64Array.from(ROLES, (role) => (typeof value === 'number' ? value : (value[role] ?? 0)));
}

/** One entry per link of LINKS, then one for any other pair (no faults: no such link in
 * the reference topology, but a system under test may send there). */
function perLink(value: PerLink): Float64Array {
  const resolved = new Float64Array(LINKS.length + 1);
  LINKS.forEach((link, index) => {
    resolved[index] = typeof value === 'number' ? value : (value[link] ?? 0);
  });
  return resolved;
}

/** The index of the link from a sender role to a receiver role in the per-link arrays. */
export function linkIndex(source: number, target: number): number {
  // role indexes: 0 kernel, 1 control-plane, 2 client
  if (source === 2 && target === 1) return 0;
  if (source === 1 && target === 2) return 1;
  if (source === 1 && target === 0) return 2;
  if (source === 0 && target === 1) return 3;
  return LINKS.length;
}

/** The largest size a sized copy may name (`<scenario>@N`). */
export const SIZE_MAX = 100_000;

/** A smaller copy of a scenario, for a size ramp: at most ⌈size/4⌉ operators with at most
 * `size` intents each, everything else (faults, timing, triggers, bounds) as it was.
 * Property testers start with small inputs because a bug that a small run shows is found
 * in a fraction of a millisecond there and shrinks at once; a full `mixed` run costs
 * about 5 ms. Named `<name>@<size>`, which loadScenario resolves back, so a sized run is
 * replayed, resumed and reported like any other. A directed scenario's situations are
 * not promised at a small size (its trigger may wait for a third dispatch), so the copy
 * promises none. */
export function sizedScenario(scenario: Scenario, size: number): Scenario {
  if (!Number.isInteger(size) || size < 1 || size > SIZE_MAX) throw new RangeError(`a size must be a whole number in 1..${SIZE_MAX}, not ${size}`);
  const { workload } = scenario;
  return {
    ...scenario,
    name: `${scenario.name}@${size}`,
    situations: [],
    workload: { ...workload, operators: Math.min(workload.operators, Math.ceil(size / 4)), actions: Math.min(workload.actions, size) },
  };
}

/** Whether a sized copy would be smaller than the scenario itself. */
export function shrinksAt(scenario: Scenario, size: number): boolean {
  const { operators, actions } = scenario.workload;
  return Math.ceil(size / 4) < operators || size < actions;
}
