// The invariants: one per clause of the failure model (DESIGN.md's table), with their ids
// and clauses, and the set of observers that checks one run.

import type { Scenario } from '../scenario.ts';
import type { WorldObserver } from '../observer.ts';
import { SituationDetector } from '../situations.ts';
import type { Plan } from '../workload.ts';
import { ReferenceModel } from '../reference-model.ts';
import { AuditComplete } from './audit.ts';
import { HeldChecks } from './causality.ts';
import { ClientCrashBeforeSubmit, ConfirmRequired } from './client.ts';
import { AbandonInert, CpNoCompensation, CpNoReplay, InvalidRejected, NoRetry } from './control-plane.ts';
import { Facts, Owed } from './facts.ts';
import type { Invariant } from './invariant.ts';
import { KernelAtomic, ObserveConsistent } from './kernel.ts';
import { Liveness } from './liveness.ts';
import { OracleObserver, type OracleSet } from './oracle-observer.ts';
import { ExecAtMostOnce, OutcomeFromKernel, RejectVerbatim } from './outcomes.ts';

export interface InvariantInfo {
  readonly id: string;
  readonly clause: string;
  readonly rule: string;
}

/** Every invariant, in DESIGN.md's order. `determinism` is checked across runs (two
 * processes or workers), not by an observer of one run. */
export const INVARIANTS: readonly InvariantInfo[] = [
  { id: 'client.crash-before-submit', clause: '4.1', rule: 'an intent whose client crashed before its submit was sent never reaches the control plane or kernel, changes no state, has no execution audit record' },
  { id: 'confirm.required', clause: '4.2', rule: 'a mutating request executes only if a confirm carrying its challenge token reached the incarnation that issued it; a client passes on what its operator answered (at once or later, before the request ends), answers at most one challenge per request id, shows it as the operation submitted, and does not ask it again once answered' },
  { id: 'outcome.from-kernel', clause: '4.3, 5.2, 7.2', rule: '"executed" only if executed at the end; "not executed" only from a kernel reply stating the first decision, or validation before any challenge; shown only by a client incarnation that asked' },
  { id: 'cp.no-replay', clause: '5.1, 5.3, 10', rule: 'a dispatch is sent only by the incarnation that issued the challenge token its confirm carried' },
  { id: 'no-retry', clause: '6.1, 7.1, 10', rule: 'at most one submit and one confirm per request id across client incarnations, at most one dispatch across control-plane incarnations' },
  { id: 'exec.at-most-once', clause: '6.2', rule: 'no request executes twice; every later copy gets a DUPLICATE naming the first decision, which is what the operator is told; one answer per ask' },
  { id: 'reject.verbatim', clause: '7.1', rule: 'a kernel rejection is shown identical to the first decision; nothing is dispatched for it afterwards' },
  { id: 'kernel.atomic', clause: '7.2, 11', rule: 'the kernel\'s state, in every reply and after every restart, equals the reference model applied to its EXEC records' },
  { id: 'observe.consistent', clause: '4.3, 10', rule: 'every observe answer is the state of a durable log prefix, never older than a previous answer' },
  { id: 'invalid.rejected', clause: '8.1', rule: 'an invalid request is rejected with an explanation and never executes; what executes is what the operator submitted' },
  { id: 'abandon.inert', clause: '8.2', rule: 'an abandoned request is never dispatched and triggers no cleanup' },
  { id: 'audit.complete', clause: '9', rule: 'every reported failure is audited and synced before the reply; unknowns get resolved records; no audit outcome contradicts the kernel' },
  { id: 'cp.no-compensation', clause: '11', rule: 'the control plane sends the kernel only confirmed dispatches and queries' },
  { id: 'determinism', clause: '12', rule: 'two runs of the same scenario and seed, in two workers or processes, give the same trace hash' },
  { id: 'liveness', clause: 'beyond the spec', rule: 'in the quiet phase every open request gets a definitive answer within a bound derived from the scenario; a silent control plane is reported by the client at its response timeout; an observe is read or answered once the control plane waits on the kernel for nothing else' },
];

export interface Oracles {
  readonly facts: Facts;
  readonly invariants: readonly Invariant[];
  readonly situations: SituationDetector;
  readonly liveness: Liveness;
  /** one observer that calls the facts, then the invariants, then the situations */
  readonly observers: readonly WorldObserver[];
}

/** (one empty set for every run that disables nothing, not a new one per run) */
const NONE_DISABLED: ReadonlySet<string> = new Set();

export function createOracles(scenario: Scenario, plan: Plan, disabled: ReadonlySet<string> = NONE_DISABLED): Oracles {
  const facts = new Facts(plan);
  const liveness = new Liveness(facts, scenario);
  const enabled = <T extends Invariant>(invariant: T): T | null => (disabled.has(invariant.id) ? null : invariant);
  const set: OracleSet = {
    facts,
    clientCrashBeforeSubmit: enabled(new ClientCrashBeforeSubmit(facts)),
    confirmRequired: enabled(new ConfirmRequired(facts)),
    outcomeFromKernel: enabled(new OutcomeFromKernel(facts, scenario)),
    cpNoReplay: enabled(new CpNoReplay(facts)),
    noRetry: enabled(new NoRetry(facts)),
    execAtMostOnce: enabled(new ExecAtMostOnce(facts)),
    rejectVerbatim: enabled(new RejectVerbatim(facts)),
    kernelAtomic: enabled(new KernelAtomic(facts)),
    observeConsistent: enabled(new ObserveConsistent(facts)),
    invalidRejected: enabled(new InvalidRejected(facts)),
    abandonInert: enabled(new AbandonInert(facts)),
    auditComplete: enabled(new AuditComplete(facts, scenario)),
    cpNoCompensation: enabled(new CpNoCompensation(facts)),
    liveness: enabled(liveness),
    situations: new SituationDetector(facts),
  };
  const invariants = [
    set.clientCrashBeforeSubmit,
    set.confirmRequired,
    set.outcomeFromKernel,
    set.cpNoReplay,
    set.noRetry,
    set.execAtMostOnce,
    set.rejectVerbatim,
    set.kernelAtomic,
    set.observeConsistent,
    set.invalidRejected,
    set.abandonInert,
    set.auditComplete,
    set.cpNoCompensation,
    set.liveness,
  ].filter((invariant): invariant is NonNullable<typeof invariant> => invariant !== null);
  return { facts, invariants, situations: set.situations, liveness, observers: [new OracleObserver(set)] };
}

/** Empties the oracles' own maps, sets and arrays once a run's result has taken what it
 * needs (runOnce: the violations, copied; counts; the situations reached, a new list).
 * Nothing reads them afterwards, but a container V8 put in old space (allocation-site
 * pretenuring) still points at the young objects it held after the run is over, and every
 * scavenge until the next full collection copies and promotes those: 400 seeds of mixed
 * had 164 MB survive scavenges and 145 MB promoted, and with this 73 MB and 49 MB, the
 * collector's pauses about halved (bench/RESULTS.md section 10). Own properties, and
 * those of the helpers an oracle made for itself (Owed, HeldChecks, a reference model:
 * 49-51 MB promoted became 45-46 MB); containers nested deeper (a request's arrays in the
 * facts' map, a collection's set in the model) stay, as garbage the next full collection
 * takes. And only containers an oracle made: none holds a scenario's, a plan's or a module's
 * (test/invariants.test.ts judges seeds again after other runs, on the same scenario
 * objects and on a plan passed in). */
export function releaseOracles(oracles: Oracles): void {
  empty(oracles.facts);
  for (const invariant of oracles.invariants) empty(invariant);
  empty(oracles.situations);
}

function empty(owner: object): void {
  for (const value of Object.values(owner)) {
    if (value instanceof Map || value instanceof Set) value.clear();
    else if (Array.isArray(value) && !Object.isFrozen(value)) value.length = 0;
    // the helpers an oracle made for itself hold containers of their own
    else if (value instanceof Owed || value instanceof HeldChecks || value instanceof ReferenceModel) empty(value);
  }
}
