// The outcome of one run, as a value. The runner returns it and never throws; only the CLI
// turns it into an exit code: 0 pass, 1 any failure of the system under test, 3 the
// harness itself failed.

export interface Violation {
  /** the invariant's stable id, e.g. "exec.at-most-once" */
  readonly invariant: string;
  /** the spec clause(s) it enforces, e.g. "6.2" */
  readonly clause: string;
  readonly step: number;
  readonly timeMs: number;
  /** the request id, or the operator intent ("operator-1 intent 4") */
  readonly subject: string;
  readonly explanation: string;
  /** steps that led to it, for the timeline */
  readonly steps: readonly number[];
  /** what kind of request it is about ("a valid request"), or the subject with its
   * numbers taken out: with `stepKind`, what a replay or a shrink must keep (signatureOf) */
  readonly role?: string;
  /** the kind of step where it fired ("decision delivered to control-plane", "end of run") */
  readonly stepKind?: string;
}

/** What makes two violations "the same failure": the invariant, the request's role and the
 * kind of step where it fired — not ids, steps or times, which shift when a schedule is
 * shrunk or the code changes. */
export function signatureOf(violation: Violation): string {
  return `${violation.invariant} | ${violation.role ?? '?'} | ${violation.stepKind ?? '?'}`;
}

export type Verdict =
  | { readonly kind: 'pass' }
  | { readonly kind: 'violation'; readonly violations: readonly Violation[] }
  | { readonly kind: 'bound-exceeded'; readonly bound: 'events' | 'timeMs' | 'queue' | 'portCallsPerHandler' | 'messagesPerStep'; readonly limit: number; readonly step: number }
  | { readonly kind: 'sut-error'; readonly actor: string; readonly step: number; readonly message: string }
  | { readonly kind: 'sut-swallowed-crash'; readonly actor: string; readonly step: number; readonly call: string }
  | { readonly kind: 'determinism-violation'; readonly api: string; readonly actor: string; readonly step: number }
  | { readonly kind: 'hang'; readonly limitMs: number }
  | { readonly kind: 'worker-died'; readonly message: string }
  /** the run's worker passed its heap limit, twice: a leak or a storm of allocations */
  | { readonly kind: 'out-of-memory'; readonly limitMb: number }
  | { readonly kind: 'harness-error'; readonly message: string };

export type VerdictKind = Verdict['kind'];

export function exitCodeOf(verdict: Verdict): number {
  if (verdict.kind === 'pass') return 0;
  if (verdict.kind === 'harness-error') return 3;
  return 1;
}

/** One line for a verdict. */
export function describeVerdict(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'pass':
      return 'pass';
    case 'violation':
      return `violation: ${verdict.violations.map((v) => v.invariant).filter((id, i, all) => all.indexOf(id) === i).join(', ')} (${verdict.violations.length} violation${verdict.violations.length === 1 ? '' : 's'})`;
    case 'bound-exceeded':
      return `bound-exceeded: ${verdict.bound} > ${verdict.limit} at step ${verdict.step}`;
    case 'sut-error':
      return `sut-error: ${verdict.actor} at step ${verdict.step}: ${verdict.message}`;
    case 'sut-swallowed-crash':
      return `sut-swallowed-crash: ${verdict.actor} called port.${verdict.call} after crashing (step ${verdict.step})`;
    case 'determinism-violation':
      return `determinism-violation: ${verdict.actor} called ${verdict.api} at step ${verdict.step}`;
    case 'hang':
      return `hang: the run did not finish within ${verdict.limitMs} ms of wall time, twice (an endless loop in the system under test?)`;
    case 'worker-died':
      return `worker-died: ${verdict.message}`;
    case 'out-of-memory':
      return `out-of-memory: the run passed its worker's heap limit of ${verdict.limitMb} MB, twice (a leak, or allocation without bound, in the system under test?)`;
    case 'harness-error':
      return `harness-error: ${verdict.message}`;
  }
}
