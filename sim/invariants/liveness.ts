// Liveness (beyond the spec): in the quiet phase — crashed processes restarted, partitions
// healed, no faults, no new work, the operators re-asking about every request they know
// of that has no definitive answer and was not abandoned — every such request gets a
// definitive answer within a bound derived from the scenario's maxima.

import { ASK_THINK_MS, QUIET_ASKS_MAX } from '../operator.ts';
import type { Scenario } from '../scenario.ts';
import type { Message } from '../../src/protocol.ts';
import { CONTROL_PLANE, FIRST_CLIENT, KERNEL, type Process, type World } from '../world.ts';
import { firstDecisionOf } from './causality.ts';
import { incarnationKey } from './facts.ts';
import { Invariant } from './invariant.ts';

/** How long after the quiet phase begins an operator with `open` open requests must have
 * a definitive answer for each: settle (the longest restart, the longest delay, one
 * unanswered ask), then two asks per request. */
export function livenessBoundMs(scenario: Scenario, open: number): number {
  const settle = scenario.faults.restartMsMax + scenario.faults.delayMsMax + scenario.workload.patienceMs;
  return settle + 2 * open * (scenario.workload.patienceMs + ASK_THINK_MS);
}

/** Whether the scenario's timings let a definitive answer arrive at all once faults stop:
 * the kernel's reply must beat the control plane's kernel timeout (two link latencies),
 * and the control plane's answer must beat the client's response timeout. A timing swarm
 * draws seeds where it cannot (a kernel timeout shorter than the round trip); the quiet
 * phase rule is then not applicable to that seed, and says so in its check count. */
export function answerable(scenario: Scenario): boolean {
  const roundTrip = 2 * scenario.latencyMs;
  // drifting clocks: a timeout set on a fast clock ends early, on a slow one late
  const drift = scenario.faults.clockDriftMax ?? 0;
  // (a timer's virtual delay is rounded to whole milliseconds, sim/world.ts timerDelay: a
  // 19 ms timeout on a clock 5% fast runs 18 ms, no longer than an 18 ms round trip, and a
  // timer due with a reply fires first — timing-swarm seeds 12098 and 17001)
  const soonest = (ms: number) => Math.round(ms / (1 + drift));
  const latest = (ms: number) => Math.round(ms / (1 - drift));
  return soonest(scenario.timeouts.kernelMs) > roundTrip && soonest(scenario.timeouts.clientResponseMs) > latest(scenario.timeouts.kernelMs) + roundTrip && scenario.workload.patienceMs > latest(scenario.timeouts.clientResponseMs);
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
    if (!answerable(this.scenario)) return;
    for (const operator of world.operators) {
      const open = operator.unresolved();
      const bound = livenessBoundMs(this.scenario, open.length);
      this.boundMs = Math.max(this.boundMs, bound);
      for (const requestId of open) this.open.push({ requestId, operator: operator.index, deadlineMs: world.time + bound });
    }
  }

  /** client sends that start its wait for the control plane, and what each client
   * incarnation showed, per request: for the no-response rule */
  private readonly waits: Wait[] = [];
  private readonly shown = new Map<number, Map<string, number[]>>();
  /** by client incarnation (incarnationKey): when it crashed */
  private readonly clientCrashes = new Map<number, number>();

  /** requests an operator other than their own asked about (an outcome query sent by
   * another operator's client) */
  private readonly askedByAnother = new Set<string>();

  /** quiet phase: when the control plane last sent the kernel a dispatch or fenced query
   * about each request, and the requests whose kernel reply came too late for the control
   * plane's kernel timeout, and in time (a reply may be held and sent later, e.g. with a
   * group commit: matched by request, not by cause) */
  private readonly quietAsks = new Map<string, number>();
  private readonly kernelTooSlow = new Set<string>();
  private readonly kernelInTime = new Set<string>();

  /** "incarnation:observe id" → when a control-plane incarnation first received that
   * observe, and when it read the kernel for it or answered it (-1: not yet) */
  private readonly observesHeld = new Map<string, HeldObserve>();

  /** the control plane's dispatches and fenced queries, and when a kernel reply about the
   * request next reached that incarnation (-1: none did) */
  private readonly cpAsks: CpAsk[] = [];
  /** request id → its asks no kernel reply has reached yet (a reply visits these, not
   * every ask of the run) */
  private readonly unrepliedAsks = new Map<string, CpAsk[]>();

  onDeliver(world: World, _id: number, source: number, _sourceIncarnation: number, target: Process, message: Message): void {
    if (target.address === CONTROL_PLANE && source === KERNEL && (firstDecisionOf(message) !== null || message.kind === 'state')) {
      const unreplied = this.unrepliedAsks.get(message.requestId);
      if (unreplied !== undefined) {
        let kept = 0;
        for (const ask of unreplied) {
          if (ask.incarnation === target.incarnation) ask.repliedMs = world.time;
          else unreplied[kept++] = ask;
        }
        unreplied.length = kept;
      }
    }
    if (target.address !== CONTROL_PLANE || message.kind !== 'observe') return;
    const key = `${target.incarnation}:${message.requestId}`;
    if (!this.observesHeld.has(key)) this.observesHeld.set(key, { requestId: message.requestId, incarnation: target.incarnation, timeMs: world.time, step: world.steps, doneMs: -1, excused: false });
  }

  onSend(world: World, _id: number, cause: number, source: Process, target: Process, message: Message): void {
    if (source.address === CONTROL_PLANE && this.observesHeld.size > 0 && (message.kind === 'read' || message.kind === 'observed' || message.kind === 'answer')) {
      // an observe is taken up by a read of it (under its id, or while handling it) or an answer
      const trigger = message.kind === 'read' ? this.facts.message(cause) : undefined;
      const about = trigger !== undefined && trigger.message.kind === 'observe' ? trigger.message.requestId : message.requestId;
      const held = this.observesHeld.get(`${source.incarnation}:${about}`);
      if (held !== undefined && held.doneMs < 0) {
        held.doneMs = world.time;
        // an answer carrying a state reply: taken up when the read it answers went out (a
        // read under an id of the control plane's own, for a batch of observes: red team 27)
        const reply = message.kind === 'observed' ? this.facts.message(cause) : undefined;
        const read = reply !== undefined && reply.source === KERNEL && reply.message.kind === 'state' ? this.facts.message(reply.cause) : undefined;
        if (read !== undefined && read.message.kind === 'read' && read.sourceIncarnation === source.incarnation) held.doneMs = Math.max(held.timeMs, read.timeMs);
      }
    }
    if (source.address === CONTROL_PLANE && target.address === KERNEL && (message.kind === 'dispatch' || message.kind === 'fenced-query' || message.kind === 'read')) {
      const ask: CpAsk = { incarnation: source.incarnation, requestId: message.requestId, timeMs: world.time, repliedMs: -1 };
      this.cpAsks.push(ask);
      const unreplied = this.unrepliedAsks.get(message.requestId);
      if (unreplied === undefined) this.unrepliedAsks.set(message.requestId, [ask]);
      else unreplied.push(ask);
    }
    if (this.quietAtMs >= 0 && source.address === CONTROL_PLANE && target.address === KERNEL && (message.kind === 'dispatch' || message.kind === 'fenced-query')) {
      this.quietAsks.set(message.requestId, world.time);
    } else if (this.quietAtMs >= 0 && source.address === KERNEL && target.address === CONTROL_PLANE) {
      // a kernel slower than the control plane's kernel timeout (a design that holds
      // replies, e.g. for a group commit, under a timing swarm's short timeout) can never
      // give a definitive answer: that is the scenario's timing, not the system's fault
      const asked = this.quietAsks.get(message.requestId);
      if (asked !== undefined) {
        const arrives = world.time + this.scenario.latencyMs;
        const late = arrives >= asked + world.timerDelay(CONTROL_PLANE, this.scenario.timeouts.kernelMs);
        (late ? this.kernelTooSlow : this.kernelInTime).add(message.requestId);
      }
    }
    if (source.role !== 'client') return;
    if (message.kind === 'outcome-query' && this.facts.requests.get(message.requestId)?.operator !== source.address - FIRST_CLIENT) {
      this.askedByAnother.add(message.requestId);
    }
    if (message.kind === 'submit' || message.kind === 'confirm' || message.kind === 'outcome-query' || message.kind === 'observe') {
      this.waits.push({ address: source.address, incarnation: source.incarnation, requestId: message.requestId, timeMs: world.time, step: world.steps });
    }
  }

  onDisplay(world: World, client: Process, display: { kind: string; requestId?: string }): void {
    if (display.requestId === undefined || display.kind === 'request-id') return;
    const key = incarnationKey(client.address, client.incarnation);
    let shown = this.shown.get(key);
    if (shown === undefined) this.shown.set(key, (shown = new Map()));
    const times = shown.get(display.requestId);
    if (times === undefined) shown.set(display.requestId, [world.time]);
    else times.push(world.time);
  }

  onCrash(world: World, process: Process): void {
    if (process.role === 'client') this.clientCrashes.set(incarnationKey(process.address, process.incarnation), world.time);
    if (process.address !== CONTROL_PLANE) return;
    for (const held of this.observesHeld.values()) {
      if (held.incarnation !== process.incarnation || held.doneMs >= 0) continue;
      held.doneMs = world.time;
      held.excused = true; // a crash ends what an incarnation owes
    }
  }

  /** A control plane takes up an operator's observe — reads the kernel for it, or answers
   * it — at once, or holds it only while it waits on the kernel: within one kernel timeout
   * of the first moment after the observe arrived when none of its dispatches, fenced
   * queries or reads is outstanding (sent, not answered, its kernel timeout not yet run
   * out), unless it crashes first. Red team
   * 25's held an observe until the same client's writes in flight were answered or timed
   * out; red team 26's held it until a kernel reply came, so after one lost decision every
   * later observe of that client waited for an outcome question, and the operator could not
   * look at the kernel's state (7.2: the operator investigates the kernel). */
  private observesTakenUp(world: World): void {
    const timeoutMs = this.scenario.timeouts.kernelMs;
    const waitMs = world.timerDelay(CONTROL_PLANE, timeoutMs);
    // per incarnation, its asks' start times (in time order: asks are pushed as sent) and
    // the latest end of a wait among the asks up to each, so that chaining the waits that
    // cover an observe is a few binary searches, not a scan of every ask per observe
    const byIncarnation = new Map<number, { starts: number[]; latestEnd: number[] }>();
    for (const ask of this.cpAsks) {
      let waits = byIncarnation.get(ask.incarnation);
      if (waits === undefined) byIncarnation.set(ask.incarnation, (waits = { starts: [], latestEnd: [] }));
      const end = ask.repliedMs >= 0 ? Math.min(ask.repliedMs, ask.timeMs + waitMs) : ask.timeMs + waitMs;
      waits.starts.push(ask.timeMs);
      waits.latestEnd.push(Math.max(end, waits.latestEnd[waits.latestEnd.length - 1] ?? -Infinity));
    }
    for (const held of this.observesHeld.values()) {
      // the end of the kernel waits that cover the observe's arrival, chained: the latest
      // end among the asks started by `free`, until it moves no more
      let free = held.timeMs;
      const waits = byIncarnation.get(held.incarnation);
      for (let moved = waits !== undefined; moved; ) {
        const last = lastAtOrBefore(waits!.starts, free);
        const end = last < 0 ? -Infinity : waits!.latestEnd[last]!;
        moved = end > free;
        if (moved) free = end;
      }
      // and one kernel timeout more: a control plane may gather observes for one read, or
      // read one at a time (red team 27's correct systems), as long as the delay is bounded
      const deadline = free + waitMs;
      const takenUp = held.doneMs;
      const until = takenUp >= 0 ? takenUp : world.time;
      const late = until > deadline;
      this.check(this.facts.stressed.has(held.requestId) || free > held.timeMs || late);
      if (!late || held.excused) continue;
      this.violate(world, held.requestId, `control-plane@${held.incarnation} received observe ${held.requestId} at ${held.timeMs} ms and ${takenUp >= 0 ? `took it up (read the kernel or answered) only at ${takenUp} ms` : 'never read the kernel for it nor answered it'}, though from ${free} ms it was waiting on the kernel for nothing (no dispatch, fenced query or read outstanding within its ${timeoutMs} ms kernel timeout), and ${timeoutMs} ms more had passed: an operator's question held back`, [held.step], { step: held.step, timeMs: deadline });
    }
  }

  onEnd(world: World): void {
    this.progress(world);
    if (world.verdict === null) this.noResponse(world);
    if (world.verdict === null) this.observesTakenUp(world);
    if (this.quietAtMs < 0) {
      this.check(false);
      if (world.verdict === null) this.violate(world, 'the run', 'the run ended before its quiet phase began');
      return;
    }
    for (const open of this.open) {
      const told = this.facts.requests.get(open.requestId)?.told ?? [];
      const answer = told.find((t) => t.outcome !== 'unknown' && t.operator === open.operator && t.timeMs >= this.quietAtMs);
      const tooSlow = answer === undefined && this.kernelTooSlow.has(open.requestId) && !this.kernelInTime.has(open.requestId);
      this.check(this.facts.stressed.has(open.requestId) && !tooSlow);
      if (tooSlow) continue;
      if (answer === undefined) {
        this.violate(world, open.requestId, `operator-${open.operator} never got a definitive answer about ${open.requestId} in the quiet phase (asked up to ${QUIET_ASKS_MAX} times; bound ${open.deadlineMs - this.quietAtMs} ms)`);
      } else if (answer.timeMs > open.deadlineMs) {
        this.violate(world, open.requestId, `operator-${open.operator} got its answer about ${open.requestId} ${answer.timeMs - this.quietAtMs} ms into the quiet phase, past the bound of ${open.deadlineMs - this.quietAtMs} ms`, [answer.step], answer);
      }
    }
  }

  /** Where no fault touched a request (no message about it lost or duplicated, no crash
   * while it was open, no timeout), the system must work: a valid request an operator
   * submits is challenged, and one confirmed is decided by the kernel and its outcome
   * told. A control plane that refuses or drops everything is not "safe", it is broken. */
  private progress(world: World): void {
    // with timeouts shorter than a round trip, timing itself stresses every request
    if (world.verdict !== null || !answerable(this.scenario)) return;
    for (const facts of this.facts.requests.values()) {
      if (facts.operation === null || facts.invalid || facts.submits === 0 || this.facts.stressed.has(facts.requestId)) continue;
      this.check(true);
      if (facts.tokens.length === 0) {
        const told = facts.told[0];
        this.violate(world, facts.requestId, `with no fault touching it, valid request ${facts.requestId} (${facts.operation.kind}) was never challenged${told !== undefined ? ` (the operator was told "${told.outcome}": ${JSON.stringify(told.text)})` : ''}`);
        continue;
      }
      if (facts.confirms === 0) continue;
      const decided = this.facts.firstDecision.get(facts.requestId);
      // what its own operator was told: operators ask about each other's requests, so
      // `told` also holds answers shown to others, which tell its operator nothing
      const definitive = facts.told.find((told) => told.outcome !== 'unknown' && told.operator === facts.operator);
      // with no fault, a fence is still the kernel's right first decision when another
      // operator's outcome question reached it before the dispatch did: fencing the
      // request is what the query is for. The request's operator must still be told.
      const fencedByQuestion = decided?.kind === 'FENCE' && this.askedByAnother.has(facts.requestId);
      if (decided === undefined || (decided.kind === 'FENCE' && !fencedByQuestion)) {
        this.violate(world, facts.requestId, `with no fault touching it, confirmed request ${facts.requestId} (${facts.operation.kind}) was never decided by the kernel${decided !== undefined ? ' (only fenced by a query)' : ''}`);
      } else if (definitive === undefined) {
        this.violate(world, facts.requestId, `with no fault touching it, the operator of confirmed request ${facts.requestId} was never told its outcome`);
      }
    }
  }

  /** For each wait, the next wait of the same client incarnation about the same request
   * (waits are in time order: the first later one is the earliest). One pass, where
   * scanning ahead from every wait cost a share of a checked run. */
  private nextWaits(): (Wait | undefined)[] {
    const next: (Wait | undefined)[] = [];
    const latest = new Map<number, Map<string, number>>();
    this.waits.forEach((wait, index) => {
      next.push(undefined);
      const key = incarnationKey(wait.address, wait.incarnation);
      let byRequest = latest.get(key);
      if (byRequest === undefined) latest.set(key, (byRequest = new Map()));
      const previous = byRequest.get(wait.requestId);
      if (previous !== undefined) next[previous] = wait;
      byRequest.set(wait.requestId, index);
    });
    return next;
  }

  /** 9, observable: a client whose control plane stays silent past the client's configured
   * response timeout tells its operator so ("no response — outcome unknown") then; it
   * neither waits on in silence nor drops the request without a word. */
  private noResponse(world: World): void {
    const timeoutMs = this.scenario.timeouts.clientResponseMs;
    const restarts = this.nextWaits();
    this.waits.forEach((wait, index) => {
      const key = incarnationKey(wait.address, wait.incarnation);
      // the timeout runs on the client's own clock (it may drift)
      // (plus a millisecond on a clock of its own, whose now() reads whole milliseconds: a
      // client that measures the timeout with it may see it run out a millisecond after
      // virtual time does — red team 30's polling client; outcome.from-kernel allows the
      // millisecond before)
      const deadline = wait.timeMs + world.timerDelay(wait.address, timeoutMs) + (world.ownClock(wait.address) ? 1 : 0);
      if (deadline > world.time) return;
      if ((this.clientCrashes.get(key) ?? Infinity) <= deadline) return;
      const restart = restarts[index];
      if (restart !== undefined && restart.timeMs <= deadline) return; // the wait started over
      this.check(true);
      const times = this.shown.get(key)?.get(wait.requestId) ?? [];
      if (!times.some((time) => time >= wait.timeMs && time <= deadline)) {
        const operator = wait.address - FIRST_CLIENT;
        this.violate(world, wait.requestId, `client-${operator}@${wait.incarnation} heard nothing about ${wait.requestId} for its ${timeoutMs} ms response timeout and showed operator-${operator} nothing by ${deadline} ms: a failure left unobservable`, [wait.step], { step: wait.step, timeMs: deadline });
      }
    });
  }
}

/** A dispatch, fenced query or read the control plane sent the kernel, and when a kernel
 * reply about its request next reached that incarnation (-1: none did). */
interface CpAsk {
  readonly incarnation: number;
  readonly requestId: string;
  readonly timeMs: number;
  repliedMs: number;
}

/** The index of the last value ≤ limit in an ascending array, -1 if none. */
function lastAtOrBefore(ascending: readonly number[], limit: number): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ascending[middle]! <= limit) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** An observe a control-plane incarnation received (see Liveness.observesTakenUp). */
interface HeldObserve {
  readonly requestId: string;
  readonly incarnation: number;
  readonly timeMs: number;
  readonly step: number;
  /** when its own read or an answer to it went out (-1: not yet) */
  doneMs: number;
  /** a crash of the incarnation released it */
  excused: boolean;
}

/** A client's wait for the control plane: a send that expects an answer. */
interface Wait {
  readonly address: number;
  readonly incarnation: number;
  readonly requestId: string;
  readonly timeMs: number;
  readonly step: number;
}

