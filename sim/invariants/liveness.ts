// Liveness (beyond the spec): in the quiet phase — crashed processes restarted, partitions
// healed, no faults, no new work, the operators re-asking about every request they know
// of that has no definitive answer and was not abandoned — every such request gets a
// definitive answer within a bound derived from the scenario's maxima.

import { ASK_THINK_MS, QUIET_ASKS_MAX } from '../operator.ts';
import type { Scenario } from '../scenario.ts';
import type { World } from '../world.ts';
import { Invariant } from './invariant.ts';

/** How long after the quiet phase begins an operator with `open` open requests must have
 * a definitive answer for each: settle (the longest restart, the longest delay, one
 * unanswered ask), then two asks per request. */
export function livenessBoundMs(scenario: Scenario, open: number): number {
  const settle = scenario.faults.restartMsMax + scenario.faults.delayMsMax + scenario.workload.patienceMs;
  return settle + 2 * open * (scenario.workload.patienceMs + ASK_THINK_MS);
}

export class Liveness extends Invariant {
  readonly id = 'liveness';
  readonly clause = 'beyond the spec';
  private readonly open: { requestId: string; operator: number; deadlineMs: number }[] = [];
  quietAtMs = -1;
  /** the largest bound of any operator in this run, ms (printed with the run) */
  boundMs = 0;

  constructor(facts: ConstructorParameters<typeof Invariant>[0], private readonly scenario: Scenario) {
    super(facts);
  }

  onQuiet(world: World): void {
    this.quietAtMs = world.time;
    for (const operator of world.operators) {
      const open = operator.unresolved();
      const bound = livenessBoundMs(this.scenario, open.length);
      this.boundMs = Math.max(this.boundMs, bound);
      for (const requestId of open) this.open.push({ requestId, operator: operator.index, deadlineMs: world.time + bound });
    }
  }

  onEnd(world: World): void {
    if (this.quietAtMs < 0) {
      this.checks++;
      if (world.verdict === null) this.violate(world, 'the run', 'the run ended before its quiet phase began');
      return;
    }
    for (const open of this.open) {
      this.checks++;
      const told = this.facts.requests.get(open.requestId)?.told ?? [];
      const answer = told.find((t) => t.outcome !== 'unknown' && t.operator === open.operator && t.timeMs >= this.quietAtMs);
      if (answer === undefined) {
        this.violate(world, open.requestId, `operator-${open.operator} never got a definitive answer about ${open.requestId} in the quiet phase (asked up to ${QUIET_ASKS_MAX} times; bound ${open.deadlineMs - this.quietAtMs} ms)`);
      } else if (answer.timeMs > open.deadlineMs) {
        this.violate(world, open.requestId, `operator-${open.operator} got its answer about ${open.requestId} ${answer.timeMs - this.quietAtMs} ms into the quiet phase, past the bound of ${open.deadlineMs - this.quietAtMs} ms`, [answer.step], answer);
      }
    }
  }
}
