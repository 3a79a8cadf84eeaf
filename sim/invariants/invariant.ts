// The base of every oracle: a stable id, the spec clause it enforces, a count of the checks
// it performed (so an oracle that is never evaluated shows as 0), and its violations.

import type { Violation } from '../verdict.ts';
import type { World } from '../world.ts';
import type { Facts } from './facts.ts';

/** Violations kept per invariant per run; the count goes on. */
const VIOLATIONS_KEPT = 20;

export abstract class Invariant {
  abstract readonly id: string;
  abstract readonly clause: string;
  // The fields are declared and assigned in the constructor, not initialised where they are
  // declared: an ES2022 field initialiser is a define-own-property, and this one site
  // defining them on fourteen subclasses' shapes went megamorphic (~8% of a tiny run).
  protected declare readonly facts: Facts;
  /** every time a rule was applied */
  declare checks: number;
  /** the checks where the property was at stake: a fault or a failure path touched what
   * was checked (definitions per rule in sim/invariants/README.md) */
  declare meaningful: number;
  declare violationCount: number;
  declare readonly violations: Violation[];

  constructor(facts: Facts) {
    this.facts = facts;
    this.checks = 0;
    this.meaningful = 0;
    this.violationCount = 0;
    this.violations = [];
  }

  /** Counts one application of a rule; `atStake` says whether it could have failed in a
   * way that matters (see `meaningful`). */
  protected check(atStake: boolean): void {
    this.checks++;
    if (atStake) this.meaningful++;
  }

  /** Records a violation at the current step, or at `at` (for checks made at the end). */
  protected violate(
    world: World,
    subject: string,
    explanation: string,
    steps: readonly number[] = [],
    at: { readonly step: number; readonly timeMs: number } = { step: world.steps, timeMs: world.time },
  ): void {
    const step = at.step;
    this.violationCount++;
    if (this.violations.length >= VIOLATIONS_KEPT) return;
    this.violations.push({
      invariant: this.id,
      clause: this.clause,
      step,
      timeMs: at.timeMs,
      subject,
      explanation,
      steps: [...new Set([...steps, step])].sort((a, b) => a - b),
      role: this.roleOf(subject),
      stepKind: step === world.steps ? world.stepKind() : 'end of run',
    });
  }

  private roleOf(subject: string): string {
    const request = this.facts.requests.get(subject);
    if (request === undefined) return subject.replace(/\d+/g, 'N');
    // coarse on purpose: the same bug on another operation is the same failure
    return request.invalid ? 'an invalid request' : request.operation === null ? 'a request of no known operation' : 'a valid request';
  }
}
