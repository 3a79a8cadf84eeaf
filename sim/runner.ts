// One run: scenario + seed (+ optionally a recorded schedule and workload) → a result.
// A run is a pure function of (scenario, seed, options, code). The runner never throws:
// whatever happens, it returns a RunResult whose verdict says what happened.

import { reference } from '../src/index.ts';
import type { SystemUnderTest } from '../src/ports.ts';
import { RandomDecisions, ScheduledDecisions, type DecisionSource, type DecisionValue, type Drift } from './decisions.ts';
import { createOracles, releaseOracles, type Oracles } from './invariants/index.ts';
import type { WorldObserver } from './observer.ts';
import type { SituationId } from './situations.ts';
import { Stream } from './rng.ts';
import { resolvedFaultsOf, resolveFaults, type Scenario } from './scenario.ts';
import { swarmFaults, swarmTiming, type SwarmKind } from './swarm.ts';
import type { Verdict, Violation } from './verdict.ts';
import { generatePlan, type Plan } from './workload.ts';
import { type Clock, type CrashRecord, World } from './world.ts';

export interface RunOptions {
  readonly scenario: Scenario;
  readonly seed: bigint;
  readonly sut?: SystemUnderTest;
  /** keep a readable timeline (costly; for `run`, not for sweeps) */
  readonly verbose?: boolean;
  /** replay: take environment decisions from this schedule instead of the seed */
  readonly schedule?: ReadonlyMap<number, DecisionValue>;
  /** replay: what each decision of the schedule applied to when it was recorded */
  readonly fingerprints?: ReadonlyMap<number, string>;
  /** replay: told of every decision point the run reaches and what it applies to */
  readonly onAsk?: (key: number, site: string) => void;
  /** replay: this workload instead of the one the seed draws */
  readonly plan?: Plan;
  readonly observers?: readonly WorldObserver[];
  /** evaluate the invariants (default true) */
  readonly check?: boolean;
  /** record what goes into the hash, field by field (Trace.fieldsAt) */
  readonly explain?: boolean;
  /** told of the workload, then of each decision as it is taken (see Journal) */
  readonly journal?: Journal;
  /** invariant ids not to evaluate (tests prove a mutant is caught by the one it targets) */
  readonly disabled?: ReadonlySet<string>;
}

/** Told of a run's workload and decisions as they are taken: what survives a run that
 * never returns (a hang, a dead worker), so that it can still be replayed. */
export interface Journal {
  plan(plan: Plan): void;
  decision(key: number, value: DecisionValue, at: string): void;
}

export interface RunResult {
  readonly scenario: string;
  /** decimal */
  readonly seed: string;
  readonly sut: string;
  readonly hash: string;
  readonly verdict: Verdict;
  /** events taken off the queue and handled */
  readonly events: number;
  /** events as the benchmarks count them: messages arriving, timers firing, operator
   * commands, crashes, starts and restarts (not operator alarms or the quiet phase) */
  readonly countedEvents: number;
  /** virtual time at the end, ms */
  readonly timeMs: number;
  /** virtual time the quiet phase began, or -1 */
  readonly quietAtMs: number;
  readonly crashes: number;
  /** each crash, with how far its incarnation had got */
  readonly crashLog: readonly CrashRecord[];
  readonly lines: readonly string[] | null;
  readonly schedule: ReadonlyMap<number, DecisionValue>;
  /** what each decision of the schedule applied to (port call, kind, request, process) */
  readonly fingerprints: ReadonlyMap<number, string>;
  /** per decision key, what its faults changed (Witness bits; absent: nothing noticed) */
  readonly witnessed: ReadonlyMap<number, number>;
  /** replay: decisions that fell on another call than the one they were recorded at */
  readonly drift: readonly Drift[];
  readonly plan: Plan;
  readonly violations: readonly Violation[];
  /** checks performed per invariant id */
  readonly checks: Readonly<Record<string, number>>;
  /** of those, the meaningful ones: where the property was at stake (a fault or a failure
   * path touched what was checked) */
  readonly meaningful: Readonly<Record<string, number>>;
  /** situations of the spec this run reached */
  readonly situations: readonly SituationId[];
  /** the liveness bound of this run (the largest of any operator), ms; 0 without checks */
  readonly livenessBoundMs: number;
  /** anchors of a replayed schedule that the run never reached */
  readonly missingAnchors: readonly number[];
  /** under swarm: each fault kind's factor on the scenario's rate (0: off); else null */
  readonly swarm: Readonly<Record<SwarmKind, number>> | null;
  /** the world, for tests and observers that want to look after the run */
  readonly world: World | null;
}

/** The scenario as this seed runs it (timing swarm: the seed's own timeouts, latency,
 * delays, restarts and operator pace). */
function seededScenario(scenario: Scenario, seed: bigint): Scenario {
  return scenario.timingSwarm ? swarmTiming(scenario, new Stream(seed, 'timing')) : scenario;
}

/** The workload a seed draws, without running it: what runOnce operates on (a repro of a
 * run that never reported its own still holds it). */
export function planOf(scenario: Scenario, seed: bigint): Plan {
  return drawPlan(seededScenario(scenario, seed), seed);
}

/** The workload drawn for a seed from the scenario as that seed runs it. */
function drawPlan(seeded: Scenario, seed: bigint): Plan {
  return generatePlan(seeded.workload, new Stream(seed, 'workload'));
}

export function runOnce(options: RunOptions): RunResult {
  const { seed } = options;
  const scenario = seededScenario(options.scenario, seed);
  const sut = options.sut ?? reference;
  let plan: Plan = options.plan ?? [];
  let decisions: DecisionSource | null = null;
  let world: World | null = null;
  let oracles: Oracles | null = null;
  let swarm: Record<SwarmKind, number> | null = null;
  try {
    let faultOptions = scenario.faults;
    if (scenario.swarm) {
      const drawn = swarmFaults(scenario.faults, new Stream(seed, 'swarm'));
      faultOptions = drawn.faults;
      swarm = drawn.factors;
    }
    // the scenario's own options are shared by every seed; swarm's are this seed's alone
    const faults = faultOptions === options.scenario.faults ? resolvedFaultsOf(faultOptions) : resolveFaults(faultOptions);
    plan = options.plan ?? drawPlan(scenario, seed);
    const journal = options.journal;
    journal?.plan(plan);
    decisions =
      options.schedule !== undefined
        ? new ScheduledDecisions(options.schedule, faults, options.fingerprints, options.onAsk ?? null)
        : new RandomDecisions(faults, new Stream(seed, 'network'), new Stream(seed, 'faults'), journal !== undefined ? (key, value, at) => journal.decision(key, value, at) : null);
    oracles = options.check === false ? null : createOracles(scenario, plan, options.disabled);
    world = new World({
      scenario,
      faults,
      sut,
      plan,
      decisions,
      verbose: options.verbose ?? false,
      explain: options.explain ?? false,
      observers: [...(oracles?.observers ?? []), ...(options.observers ?? [])],
      // a replay takes every fault from its schedule, triggered ones included
      triggers: options.schedule === undefined ? scenario.triggers : [],
      // (a property, not a spread: a literal with a spread in it is built the slow way)
      clocks: clocksOf(faultOptions, scenario.workload.operators, seed),
    });
    const ended = world.run();
    // (a loop, not flatMap: nearly every invariant has none, and flatMap with its closure
    // was 1.4% of a tiny run)
    const violations: Violation[] = [];
    for (const invariant of oracles?.invariants ?? []) for (const violation of invariant.violations) violations.push(violation);
    violations.sort((a, b) => a.step - b.step);
    const verdict: Verdict = ended ?? (violations.length > 0 ? { kind: 'violation', violations } : { kind: 'pass' });
    const done = result(options, sut, world, verdict, plan, decisions, oracles, violations, swarm);
    if (oracles !== null) releaseOracles(oracles);
    return done;
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return result(options, sut, world, { kind: 'harness-error', message }, plan, decisions, oracles, [], swarm);
  }
}

/** Each process's clock, drawn from the seed's own stream (the same in a replay), when the
 * scenario lets clocks drift or skew; none otherwise. */
function clocksOf(faults: Scenario['faults'], operators: number, seed: bigint): Clock[] | undefined {
  const drift = faults.clockDriftMax ?? 0;
  const skew = faults.clockSkewMsMax ?? 0;
  if (drift === 0 && skew === 0) return undefined;
  const rng = new Stream(seed, 'clocks');
  const clocks: Clock[] = [];
  for (let address = 0; address < 2 + operators; address++) clocks.push({ rate: 1 + (rng.float() * 2 - 1) * drift, skewMs: skew > 0 ? rng.between(0, skew) : 0 });
  return clocks;
}

function result(
  options: RunOptions,
  sut: SystemUnderTest,
  world: World | null,
  verdict: Verdict,
  plan: Plan,
  decisions: DecisionSource | null,
  oracles: Oracles | null,
  violations: readonly Violation[],
  swarm: Record<SwarmKind, number> | null,
): RunResult {
  const checks: Record<string, number> = {};
  const meaningful: Record<string, number> = {};
  for (const invariant of oracles?.invariants ?? []) {
    checks[invariant.id] = invariant.checks;
    meaningful[invariant.id] = invariant.meaningful;
  }
  return {
    scenario: options.scenario.name,
    seed: options.seed.toString(),
    sut: sut.name,
    hash: world?.trace.hash() ?? '',
    verdict,
    events: world?.steps ?? 0,
    countedEvents: world?.counted ?? 0,
    timeMs: world?.time ?? 0,
    quietAtMs: world?.quietAtMs ?? -1,
    crashes: world?.processes.reduce((sum, process) => sum + process.crashes, 0) ?? 0,
    crashLog: world?.crashLog ?? [],
    lines: world?.trace.lines ?? null,
    schedule: decisions?.schedule ?? new Map(),
    fingerprints: decisions?.fingerprints ?? new Map(),
    witnessed: world?.witnessed ?? new Map(),
    drift: decisions instanceof ScheduledDecisions ? decisions.drift : [],
    plan,
    violations,
    checks,
    meaningful,
    situations: oracles?.situations.reached() ?? [],
    livenessBoundMs: oracles?.liveness.boundMs ?? 0,
    missingAnchors: decisions instanceof ScheduledDecisions ? decisions.missing() : [],
    swarm,
    world,
  };
}
