// The operator: a human at a client terminal, simulated. It works through its intents one
// at a time with think times, remembers every request id its client displayed, confirms or
// abandons challenges, and when an answer does not come it moves on and asks about that
// request later ("did it execute?") — a human never resends the same request, but may
// re-issue an intent as a new request after checking kernel state (spec 2, 4.1, 6.1).
// With the quirk ask-about-another it also asks about a request of another operator: it
// learns their ids (never their state) through its host. Such a request is not its own:
// it is not remembered, re-asked in the quiet phase, or offered to others in turn.
//
// The operator is part of the harness, not of the system under test: it does not crash
// (its client does), and in the quiet phase it re-asks about every request it knows of
// that has no definitive answer and was not abandoned, until each has one.

import type { Display, OperatorCommand } from '../src/protocol.ts';
import type { AskAbout, Intent } from './workload.ts';

export interface OperatorHost {
  command(operator: number, command: OperatorCommand): void;
  wake(operator: number, delayMs: number, tag: number): void;
  planDone(operator: number): void;
  /** Per operator, in operator order: its `requestsSeen`. What one operator can learn of
   * another's requests (over the shoulder, in a chat): ids only, never their state. */
  requestsSeen(): readonly (readonly string[])[];
}

export type RequestStatus = 'waiting' | 'unknown' | 'executed' | 'not-executed' | 'abandoned' | 'observe' | 'walked-away';

export interface KnownRequest {
  readonly intent: number;
  status: RequestStatus;
  asks: number;
}

type Phase =
  | 'thinking'
  | 'awaiting-id'
  | 'awaiting-challenge'
  | 'deciding'
  | 'awaiting-answer'
  | 'asking'
  | 'plan-done'
  | 'finished';

interface IntentState {
  readonly intent: Intent;
  requestId: string | null;
  reissued: boolean;
  /** confirm-late: the long pause before confirming has been taken */
  lingered?: boolean;
}

/** Think time between an answer and the next thing the operator does. */
export const ASK_THINK_MS = 5;
/** In the quiet phase, how often the operator asks about one request before giving up. */
export const QUIET_ASKS_MAX = 8;

export class Operator {
  readonly requests = new Map<string, KnownRequest>();
  /** Its own requests it has been shown a challenge or an outcome for, in the order first
   * shown: ids the control plane has certainly heard of (another operator may ask). */
  readonly requestsSeen: string[] = [];
  private readonly intents: IntentState[];
  private phase: Phase = 'thinking';
  private cursor = 0;
  private currentIntent = -1;
  private currentRequest: string | null = null;
  private wakeTag = 0;
  private readonly reissues: number[] = [];
  private quiet = false;
  private askedBefore = -1;
  private askedAboutAnotherBefore = -1;

  constructor(
    readonly index: number,
    private readonly plan: readonly Intent[],
    private readonly patienceMs: number,
    private readonly host: OperatorHost,
  ) {
    this.intents = plan.map((intent) => ({ intent, requestId: null, reissued: false }));
  }

  get finished(): boolean {
    return this.phase === 'finished';
  }

  /** Requests with no definitive answer that were not abandoned. */
  unresolved(): string[] {
    const open: string[] = [];
    for (const [requestId, request] of this.requests) {
      if (request.status === 'waiting' || request.status === 'unknown') open.push(requestId);
    }
    return open;
  }

  /** `requests`' ids in its order, and how many of the first are settled for good (a
   * definitive answer, abandoned, walked away from, an observe: only a request id shown
   * again makes one open again): the searches for an open request start there, where
   * starting from the first request of the run made a long run's cost grow with the
   * square of its length */
  private readonly requestOrder: string[] = [];
  private settledBefore = 0;

  private firstUnresolved(): string | null {
    for (let index = this.settledBefore; index < this.requestOrder.length; index++) {
      const requestId = this.requestOrder[index] as string;
      const status = (this.requests.get(requestId) as KnownRequest).status;
      if (status === 'waiting' || status === 'unknown') return requestId;
      if (index === this.settledBefore) this.settledBefore++;
    }
    return null;
  }

  start(): void {
    this.sleep(this.plan[0]?.thinkMs ?? ASK_THINK_MS);
  }

  enterQuiet(): void {
    this.quiet = true;
    // the quiet phase's ask budget is its own: asks made under faults do not count
    for (const request of this.requests.values()) request.asks = 0;
    if (this.phase === 'plan-done') {
      this.phase = 'thinking';
      this.sleep(ASK_THINK_MS);
    }
  }

  onWake(tag: number): void {
    if (tag !== this.wakeTag) return; // an older patience timer
    switch (this.phase) {
      case 'thinking':
        this.act();
        return;
      case 'deciding':
        this.decide();
        return;
      case 'awaiting-id':
      case 'awaiting-challenge':
      case 'awaiting-answer':
      case 'asking':
        this.giveUp();
        return;
      default:
        return;
    }
  }

  onDisplay(display: Display): void {
    switch (display.kind) {
      case 'request-id': {
        const state = this.intents[display.intent];
        const observe = state?.intent.kind === 'observe';
        if (this.requests.has(display.requestId)) this.settledBefore = 0;
        else this.requestOrder.push(display.requestId);
        this.requests.set(display.requestId, { intent: display.intent, status: observe ? 'observe' : 'waiting', asks: 0 });
        if (state !== undefined) state.requestId = display.requestId;
        if (display.intent !== this.currentIntent || this.phase !== 'awaiting-id') {
          if (!observe) this.markUnknown(display.requestId);
          return;
        }
        this.currentRequest = display.requestId;
        this.phase = observe ? 'awaiting-answer' : 'awaiting-challenge';
        this.patience();
        return;
      }
      case 'challenge': {
        this.noteSeen(display.requestId);
        if (display.requestId !== this.currentRequest || this.phase !== 'awaiting-challenge') return;
        if (this.intents[this.currentIntent]?.intent.quirk === 'walk-away') {
          // never answers it: the request stays challenged, and must never execute
          const request = this.requests.get(display.requestId);
          if (request !== undefined) request.status = 'walked-away';
          this.next();
          return;
        }
        this.phase = 'deciding';
        this.sleep(this.intents[this.currentIntent]?.intent.thinkMs ?? ASK_THINK_MS, 'deciding');
        return;
      }
      case 'outcome': {
        this.noteSeen(display.requestId);
        const request = this.requests.get(display.requestId);
        if (request !== undefined && request.status !== 'abandoned' && request.status !== 'observe') {
          if (display.outcome !== 'unknown') request.status = display.outcome;
          else if (request.status === 'waiting') request.status = 'unknown';
          // a client may show any word as an outcome, one that reads as open among them
          // ("waiting"): the search for an open request starts over
          const now: string = request.status;
          if (now === 'waiting' || now === 'unknown') this.settledBefore = 0;
        }
        if (display.requestId !== this.currentRequest) return;
        if (this.phase !== 'awaiting-challenge' && this.phase !== 'awaiting-answer' && this.phase !== 'asking') return;
        if (display.outcome === 'not-executed' && display.rejection === null) this.considerReissue(request);
        else if (display.outcome === 'unknown' && request !== undefined && this.intents[request.intent]?.intent.quirk === 'reissue-after-unknown') this.considerReissue(request);
        this.next();
        return;
      }
      case 'observed':
        if (display.requestId === this.currentRequest && this.phase === 'awaiting-answer') this.next();
        return;
    }
  }

  private act(): void {
    if (this.quiet) {
      this.askInQuiet();
      return;
    }
    const next = this.cursor < this.plan.length ? this.intents[this.cursor] : undefined;
    if (next !== undefined && next.intent.ask && this.askedBefore !== this.cursor) {
      // before some intents (the plan says which), the operator checks on an open request
      this.askedBefore = this.cursor;
      const open = this.firstUnresolved();
      if (open !== null) {
        this.ask(open);
        return;
      }
    }
    if (next !== undefined && next.intent.quirk === 'ask-about-another' && this.askedAboutAnotherBefore !== this.cursor) {
      // a question about someone else's request, which the control plane must answer from
      // kernel state, executing nothing
      this.askedAboutAnotherBefore = this.cursor;
      this.ask(this.anotherOperatorsRequest(next.intent.askAbout ?? { operatorOffset: 1, back: 0 }));
      return;
    }
    const reissue = this.reissues.shift();
    if (reissue !== undefined) {
      this.issue(reissue);
      return;
    }
    if (next !== undefined) {
      this.issue(this.cursor++);
      return;
    }
    this.phase = 'plan-done';
    this.host.planDone(this.index);
  }

  private issue(intentIndex: number): void {
    const state = this.intents[intentIndex] as IntentState;
    this.currentIntent = intentIndex;
    this.currentRequest = null;
    this.phase = 'awaiting-id';
    const { intent } = state;
    this.host.command(
      this.index,
      intent.operation === null
        ? { kind: 'observe', intent: intentIndex }
        : { kind: 'submit', intent: intentIndex, operation: intent.operation },
    );
    this.patience();
  }

  private decide(): void {
    const requestId = this.currentRequest as string;
    const state = this.intents[this.currentIntent];
    if (state?.intent.kind === 'abandon') {
      this.host.command(this.index, { kind: 'abandon', requestId });
      const request = this.requests.get(requestId);
      if (request !== undefined) request.status = 'abandoned';
      this.next();
      return;
    }
    if (state?.intent.quirk === 'confirm-late' && state.lingered !== true) {
      // distracted: confirms long after its client would have given up waiting
      state.lingered = true;
      this.sleep(2 * this.patienceMs, 'deciding');
      return;
    }
    this.host.command(this.index, { kind: 'confirm', requestId });
    if (state?.intent.quirk === 'type-twice') this.host.command(this.index, { kind: 'confirm', requestId });
    if (state?.intent.quirk === 'abandon-after-confirm') this.host.command(this.index, { kind: 'abandon', requestId });
    this.phase = 'awaiting-answer';
    this.patience();
  }

  private ask(requestId: string): void {
    const request = this.requests.get(requestId);
    if (request !== undefined) request.asks++;
    this.currentIntent = -1;
    this.currentRequest = requestId;
    this.phase = 'asking';
    this.host.command(this.index, { kind: 'ask-outcome', requestId });
    this.patience();
  }

  /** A request id of another operator, by the plan's choice among those that operator has
   * been shown so far (the first operator from the chosen one on, in order, that has any);
   * if no other operator has been shown one yet, an id shaped like the others that nobody
   * issued: the world draws ids r1, r2, … with no leading zero, so r0… is never drawn. */
  private anotherOperatorsRequest(askAbout: AskAbout): string {
    const seen = this.host.requestsSeen();
    for (let step = 0; step < seen.length; step++) {
      const other = (this.index + askAbout.operatorOffset + step) % seen.length;
      const requests = other === this.index ? [] : (seen[other] ?? []);
      if (requests.length > 0) return requests[Math.max(0, requests.length - 1 - askAbout.back)] as string;
    }
    return `r0${this.index}${this.cursor}`;
  }

  /** requestsSeen as a set */
  private readonly seen = new Set<string>();

  private noteSeen(requestId: string): void {
    if (this.requests.has(requestId) && !this.seen.has(requestId)) {
      this.seen.add(requestId);
      this.requestsSeen.push(requestId);
    }
  }

  private askInQuiet(): void {
    // (from the first request not settled for good: those before it are not open)
    this.firstUnresolved();
    for (let index = this.settledBefore; index < this.requestOrder.length; index++) {
      const requestId = this.requestOrder[index] as string;
      const request = this.requests.get(requestId) as KnownRequest;
      if ((request.status === 'waiting' || request.status === 'unknown') && request.asks < QUIET_ASKS_MAX) {
        this.ask(requestId);
        return;
      }
    }
    this.phase = 'finished';
  }

  /** Patience ran out: whatever was awaited is now an open question. */
  private giveUp(): void {
    if (this.phase === 'awaiting-id') {
      // the client never showed a request id: nothing reached the control plane under a
      // name the operator knows; the intent may be re-issued after checking state
      this.considerReissue(undefined);
    } else if (this.currentRequest !== null) {
      this.markUnknown(this.currentRequest);
    }
    this.next();
  }

  private markUnknown(requestId: string): void {
    const request = this.requests.get(requestId);
    if (request !== undefined && request.status === 'waiting') request.status = 'unknown';
  }

  /** Human re-issuance: observe kernel state first, then submit the same operation as a
   * new request. At most once per intent, and only for intents the plan marks. */
  private considerReissue(request: KnownRequest | undefined): void {
    const intentIndex = request?.intent ?? this.currentIntent;
    const state = this.intents[intentIndex];
    if (state === undefined || !state.intent.reissue || state.reissued || this.quiet) return;
    state.reissued = true;
    const observe = this.intents.push({
      intent: { kind: 'observe', operation: null, thinkMs: state.intent.thinkMs, reissue: false, ask: false },
      requestId: null,
      reissued: true,
    });
    const again = this.intents.push({ intent: { ...state.intent, reissue: false }, requestId: null, reissued: true });
    this.reissues.push(observe - 1, again - 1);
  }

  private next(): void {
    this.phase = 'thinking';
    this.currentRequest = null;
    this.sleep(this.plan[this.cursor]?.thinkMs ?? ASK_THINK_MS);
  }

  private patience(): void {
    this.host.wake(this.index, this.patienceMs, ++this.wakeTag);
  }

  private sleep(delayMs: number, phase: Phase = 'thinking'): void {
    this.phase = phase;
    this.host.wake(this.index, delayMs, ++this.wakeTag);
  }
}
