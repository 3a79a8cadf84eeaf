// What the oracles know about a run, gathered from the trace as it happens: every message
// sent (with its causal parent), what each operator typed and was shown, each request's
// life, the challenge tokens and which incarnation issued them, and the kernel's first
// decision per request id as its log stands. Oracles judge from these facts and from the
// durable logs — never from what the control plane believes.

import type { Display, DurableRecord, KernelRecord, Message, Operation, Outcome, Rejection } from '../../src/protocol.ts';
import type { WorldObserver } from '../observer.ts';
import { firstDecisionOf, holding } from './causality.ts';
import type { Intent } from '../workload.ts';
import { CONTROL_PLANE, Ev, FIRST_CLIENT, KERNEL, type Process, type World } from '../world.ts';

export interface SentMessage {
  readonly id: number;
  readonly message: Message;
  readonly source: number;
  readonly sourceIncarnation: number;
  readonly target: number;
  /** the message whose delivery caused this send, 0 if none (a timer, a start, a command) */
  readonly cause: number;
  readonly step: number;
  readonly timeMs: number;
  /** the kind of event whose handler sent it (of an answer a held step held: that step's,
   * as `cause` is its trigger: Facts.heldAnswers) */
  readonly event: number;
}

/** A step of the live control-plane incarnation that ended with records of its log
 * appended and not yet synced (Facts.cpHeld). */
export interface HeldStep {
  readonly incarnation: number;
  readonly step: number;
  /** the delivery it handled (0: a timer or a start) and the kind of its event */
  readonly cause: number;
  readonly event: number;
  readonly copy: boolean;
  /** a copy or an abandon: its delivery obliges an audit record, not an answer */
  readonly weak: boolean;
  /** the requests it was about (its delivery's, and those of the audit records it
   * appended), and for each the clients it owed an answer about it as the step ended (with
   * the client whose delivery it handled) */
  readonly requestIds: string[];
  readonly clients: number[][];
  /** the (request, client) pairs an answer taking this step as its cause went to, as
   * index in requestIds × 65536 + client address */
  readonly answered: number[];
}

export interface Told {
  readonly outcome: Outcome;
  readonly source: string;
  readonly rejection: Rejection | null;
  readonly text: string;
  /** the message whose delivery the client was handling, 0 if none */
  readonly cause: number;
  readonly step: number;
  readonly timeMs: number;
  readonly operator: number;
  /** the client incarnation that showed it */
  readonly incarnation: number;
}

export interface RequestFacts {
  readonly requestId: string;
  /** the operator whose client displayed it, and for which intent (-1: none) */
  operator: number;
  intent: number;
  /** the operation the operator asked for (null for observes or unknown) */
  operation: Operation | null;
  invalid: boolean;
  /** the step at which the client displayed it, and whether an operator command caused it */
  displayedAtStep: number;
  displayedByCommand: boolean;
  submits: number;
  confirms: number;
  /** confirms + abandons sent by clients */
  challengeAnswers: number;
  readonly tokens: string[];
  readonly dispatches: SentMessage[];
  abandoned: boolean;
  readonly told: Told[];
  /** confirms that reached a control-plane incarnation */
  readonly confirmsDelivered: { readonly token: string; readonly incarnation: number; readonly id: number; readonly step: number }[];
}

/** A challenge a client displayed to its operator: which incarnation, which token. */
export interface ShownChallenge {
  readonly address: number;
  readonly incarnation: number;
  readonly token: string;
  readonly step: number;
}

/** Who is owed an answer about a request: per control-plane incarnation, the clients whose
 * submit, confirm, outcome query or observe it received and has not yet answered; per
 * client incarnation, the requests it sent and has not yet shown an answer for. Reset by
 * a crash: a new incarnation owes nothing. */
export class Owed {
  /** per request, who is owed, in the order they became owed: an array, not a Set — one
   * or two entries, and a Set per request was a large share of a checked run's garbage */
  private readonly byKey = new Map<string, number[]>();
  /** per who, the requests it was made owed on since its last clearFor (some since
   * removed): what clearFor visits, where visiting every request of the run on each client
   * crash made a run's cost grow with the square of its length */
  private readonly byWho = new Map<number, string[]>();
  add(requestId: string, who: number): void {
    const list = this.byKey.get(requestId);
    if (list === undefined) this.byKey.set(requestId, [who]);
    else if (!list.includes(who)) list.push(who);
    else return;
    const keys = this.byWho.get(who);
    if (keys === undefined) this.byWho.set(who, [requestId]);
    else keys.push(requestId);
  }
  remove(requestId: string, who: number): void {
    const list = this.byKey.get(requestId);
    if (list === undefined) return;
    const index = list.indexOf(who);
    if (index < 0) return;
    list.splice(index, 1);
    // an emptied list stays: a Map that gains and loses its only entry per request
    // reallocates its table each time (~4% of a checked run's allocation)
  }
  has(requestId: string, who: number): boolean {
    return this.byKey.get(requestId)?.includes(who) ?? false;
  }
  /** a copy: the set as it stands now */
  of(requestId: string): number[] {
    return this.byKey.get(requestId)?.slice() ?? [];
  }
  clear(): void {
    this.byKey.clear();
    this.byWho.clear();
  }
  clearFor(who: number): void {
    const keys = this.byWho.get(who);
    if (keys === undefined) return;
    for (const key of keys) this.remove(key, who);
    keys.length = 0;
  }
}

export interface TokenFacts {
  readonly requestId: string;
  readonly incarnation: number;
  readonly operation: Operation;
  readonly step: number;
  /** the id of the challenge message that carried it */
  readonly messageId: number;
}

export class Facts implements WorldObserver {
  /** by message id (ids are 1, 2, 3, …) */
  readonly messages: (SentMessage | undefined)[] = [];
  readonly requests = new Map<string, RequestFacts>();
  readonly tokens = new Map<string, TokenFacts>();
  /** request id → the first decision record in the kernel's log as it stands */
  readonly firstDecision = new Map<string, KernelRecord>();
  /** request id → the index in the kernel's log of its first record (firstDecision's) */
  private readonly firstDecisionAt = new Map<string, number>();
  /** requests a fault touched: a message about it dropped or duplicated, a process crash
   * while it was open, a timeout told about it. Checks about them are "meaningful". */
  readonly stressed = new Set<string>();
  /** requests sent by a client and not yet given a definitive answer (for crash stress) */
  private readonly open = new Set<string>();
  /** request id → the challenges for it that clients displayed */
  readonly challengesShown = new Map<string, ShownChallenge[]>();
  /** request ids whose submit / confirm reached the live control-plane incarnation */
  readonly cpSubmits = new Set<string>();
  readonly cpConfirms = new Set<string>();
  /** whether the delivery being handled by the control plane is a copy of a submit or
   * confirm it already had (a duplicate it can see) */
  cpCopy = false;
  /** the id of the message the control plane is handling (its latest delivery) */
  cpDelivery = 0;
  /** request id → kernel replies stating its first decision, as delivered to a control-plane incarnation */
  private readonly cpDecisionsHeard = new Map<string, { reply: SentMessage; incarnation: number; step: number }[]>();

  /** The latest kernel reply stating the request's first decision that this control-plane
   * incarnation received before step `beforeStep`, or null. */
  rememberedDecision(requestId: string, incarnation: number, beforeStep: number): SentMessage | null {
    const list = this.cpDecisionsHeard.get(requestId);
    if (list === undefined) return null;
    for (let i = list.length - 1; i >= 0; i--) {
      const heard = list[i]!;
      if (heard.incarnation === incarnation && heard.step < beforeStep) return heard.reply;
    }
    return null;
  }

  /** message id → 1 + the control-plane incarnation its first delivery reached, 0 if none
   * (ids are dense: an array, not a Map that grows by every delivery) */
  private cpDeliveredTo = new Int32Array(1024);
  /** the clients the live control-plane incarnation owes an answer, per request */
  readonly cpOwes = new Owed();
  /** per client address: the requests its live incarnation owes its operator an answer on */
  readonly clientOwes = new Owed();
  /** observe request id → EXEC records durable in the kernel's log when it was typed */
  readonly observeFloor = new Map<string, number>();
  /** kernel crashes so far */
  kernelCrashes = 0;
  /** EXEC records among the kernel's synced records (what is durable now) */
  durableExecs = 0;
  private kernelSynced = 0;
  /** the plan, to know which operations were meant to be invalid */
  private readonly invalidOperations: Set<Operation>;

  constructor(plan: readonly (readonly Intent[])[]) {
    this.invalidOperations = new Set();
    for (const intents of plan) {
      for (const intent of intents) if (intent.kind === 'invalid' && intent.operation !== null) this.invalidOperations.add(intent.operation);
    }
  }

  request(requestId: string): RequestFacts {
    let facts = this.requests.get(requestId);
    if (facts === undefined) {
      facts = {
        requestId,
        operator: -1,
        intent: -1,
        operation: null,
        invalid: false,
        displayedAtStep: -1,
        displayedByCommand: false,
        submits: 0,
        confirms: 0,
        challengeAnswers: 0,
        tokens: [],
        dispatches: [],
        abandoned: false,
        told: [],
        confirmsDelivered: [],
      };
      this.requests.set(requestId, facts);
    }
    return facts;
  }

  /** The index in the kernel's log of the request's first record, -1 if it has none. */
  firstRecordAt(requestId: string): number {
    return this.firstDecisionAt.get(requestId) ?? -1;
  }

  message(id: number): SentMessage | undefined {
    return this.messages[id];
  }

  /** Whether that control-plane incarnation sent an answer about the request among messages
   * fromId..toId-1, in step `fromStep` or later. */
  cpAnswered(requestId: string, incarnation: number, fromId: number, toId: number, fromStep: number): boolean {
    for (const sent of this.cpAnswersOf(requestId)) {
      if (sent.id >= fromId && sent.id < toId && sent.step >= fromStep && sent.sourceIncarnation === incarnation) return true;
    }
    return false;
  }

  /** Whether that control-plane incarnation sent an answer about the request from message
   * `fromId` on, in step `heldStep` itself or released since for that held step
   * (heldAnswers): what a held step answered, not what another one did. */
  cpAnsweredFor(requestId: string, incarnation: number, fromId: number, heldStep: number): boolean {
    for (const sent of this.cpAnswersOf(requestId)) {
      if (sent.id >= fromId && sent.sourceIncarnation === incarnation && (sent.step === heldStep || this.heldAnswers.get(sent.id)?.step === heldStep)) return true;
    }
    return false;
  }

  /** request id → the control plane's answers about it (any incarnation), in the order sent:
   * what the questions about a request's answers visit, not every message of the run */
  private readonly cpAnswers = new Map<string, SentMessage[]>();
  private static readonly NONE: readonly SentMessage[] = Object.freeze([]);

  /** The control plane's answers about the request, in the order sent. */
  cpAnswersOf(requestId: string): readonly SentMessage[] {
    return this.cpAnswers.get(requestId) ?? Facts.NONE;
  }

  /** Whether this client incarnation sent anything about the request: what a client
   * incarnation shows about a request answers a question that very incarnation asked
   * (spec 10: no in-flight state survives a crash). */
  askedBy(requestId: string, address: number, incarnation: number): boolean {
    return this.lastClientSend(requestId, address, incarnation) >= 0;
  }

  /** request id → per client incarnation (address × 2^16 + incarnation) that sent
   * something about it, the step of its latest send, as (incarnationKey, step) pairs */
  private readonly clientSends = new Map<string, number[]>();

  private noteClientSend(requestId: string, who: number, step: number): void {
    const pairs = this.clientSends.get(requestId);
    if (pairs === undefined) {
      this.clientSends.set(requestId, [who, step]);
      return;
    }
    for (let at = 0; at < pairs.length; at += 2) {
      if (pairs[at] === who) {
        pairs[at + 1] = step;
        return;
      }
    }
    pairs.push(who, step);
  }

  /** The step of that client incarnation's latest send about the request, -1 if none. */
  lastClientSend(requestId: string, address: number, incarnation: number): number {
    const pairs = this.clientSends.get(requestId);
    if (pairs === undefined) return -1;
    const who = incarnationKey(address, incarnation);
    for (let at = 0; at < pairs.length; at += 2) if (pairs[at] === who) return pairs[at + 1] as number;
    return -1;
  }

  onSend(world: World, id: number, cause: number, source: Process, target: Process, message: Message, dropped: string | null = null): void {
    const held = this.cpHeld.length > 0 && source.address === CONTROL_PLANE && message.kind === 'answer' ? this.heldStepOf(world, cause, source, target, message.requestId, message.outcome) : null;
    const sent: SentMessage = {
      id,
      message,
      source: source.address,
      sourceIncarnation: source.incarnation,
      target: target.address,
      cause: held === null ? cause : held.cause,
      step: world.steps,
      timeMs: world.time,
      event: held === null ? (world.currentEvent?.kind ?? 0) : held.event,
    };
    if (held !== null) this.heldAnswers.set(id, held);
    this.messages[id] = sent;
    if (dropped !== null) this.stressed.add(message.requestId);
    if (source.role === 'client') {
      this.noteClientSend(message.requestId, incarnationKey(source.address, source.incarnation), world.steps);
      if (message.kind === 'submit' || message.kind === 'confirm' || message.kind === 'outcome-query' || message.kind === 'observe') {
        this.clientOwes.add(message.requestId, source.address);
        if (message.kind !== 'confirm') this.open.add(message.requestId);
      }
      if (message.kind === 'submit') {
        const facts = this.request(message.requestId);
        facts.submits++;
        // the operation the operator typed, if this submit is its command's (a client may
        // send before it displays the request id, and crash in between)
        const event = world.currentEvent;
        const command = event?.kind === Ev.command ? (event.payload as { kind: string; operation?: Operation }) : null;
        if (facts.operation === null && command?.kind === 'submit' && command.operation !== undefined) {
          facts.operation = command.operation;
          facts.invalid = this.invalidOperations.has(command.operation);
        }
      }
      else if (message.kind === 'confirm') {
        const facts = this.request(message.requestId);
        facts.confirms++;
        facts.challengeAnswers++;
      } else if (message.kind === 'abandon') this.request(message.requestId).challengeAnswers++;
    } else if (source.address === CONTROL_PLANE) {
      if (this.cpSendStep !== world.steps) {
        this.cpSendStep = world.steps;
        this.cpSent.length = 0;
      }
      this.cpSent.push(message.requestId);
      if (message.kind === 'answer') {
        const answers = this.cpAnswers.get(message.requestId);
        if (answers === undefined) this.cpAnswers.set(message.requestId, [sent]);
        else answers.push(sent);
      }
      if (target.role === 'client' && (message.kind === 'answer' || message.kind === 'observed' || message.kind === 'challenge')) {
        this.cpOwes.remove(message.requestId, target.address);
        if (message.kind === 'answer' && message.outcome === 'unknown') this.stressed.add(message.requestId);
      }
      if (message.kind === 'challenge') {
        this.tokens.set(message.token, {
          requestId: message.requestId,
          incarnation: source.incarnation,
          operation: message.operation,
          step: world.steps,
          messageId: id,
        });
        this.request(message.requestId).tokens.push(message.token);
      } else if (message.kind === 'dispatch' && target.address === KERNEL) {
        this.request(message.requestId).dispatches.push(sent);
      }
    }
  }

  /** Steps of the live control-plane incarnation that ended with audit records appended and
   * not synced, since its log was last synced at the end of a step: it holds what it owes
   * until they are durable. Red team 27's control plane group-commits its audit log and
   * sends each audited answer after the batch's sync, a few ms and a timer later, as
   * examples/group-commit-kernel.ts does for the kernel. The end-of-step checks of such a
   * step (an answer owed, a failure audited) are judged when a later step ends with the log
   * synced, or at the end of the run (HeldChecks); an answer sent meanwhile about a request
   * one of them concerned, while handling something not about that request, takes that
   * step's trigger as its cause (onSend). Empty for a control plane that syncs before it
   * answers, in the same step (the reference). */
  readonly cpHeld: HeldStep[] = [];
  /** answers sent for a held step, by message id (a side table: most runs hold nothing,
   * and every sent message keeps the shape it had) */
  readonly heldAnswers = new Map<number, HeldStep>();

  /** The step that held this answer, or -1 (sent in the step of its trigger). */
  heldFrom(sent: SentMessage): number {
    return this.heldAnswers.size === 0 ? -1 : (this.heldAnswers.get(sent.id)?.step ?? -1);
  }

  /** Whether this answer was held by a step that handled a copy of a submit or confirm. */
  heldCopy(sent: SentMessage): boolean {
    return this.heldAnswers.size > 0 && this.heldAnswers.get(sent.id)?.copy === true;
  }

  /** the step of the control plane's latest append, and the requests of its audit records appended in it */
  private cpAppendStep = -1;
  private readonly cpAppended: string[] = [];
  /** the step of the control plane's latest send, and the requests of what it sent in it */
  private cpSendStep = -1;
  private readonly cpSent: string[] = [];

  /** The held step an answer about `requestId` to `target` is sent for, or null (when the
   * delivery being handled is about that request, the answer is its own). */
  private heldStepOf(world: World, cause: number, source: Process, target: Process, requestId: string, outcome: string): HeldStep | null {
    const trigger = this.messages[cause];
    if (trigger !== undefined && trigger.message.requestId === requestId) return null;
    // first the steps whose trigger obliges an answer and that left this client owed one,
    // in order; then those steps for any client (a reply the control plane passes on to a
    // client whose question was a copy: the reference answers it too); then copies and
    // abandons, which oblige only an audit record (any answer is the control plane's choice)
    // (the second pass from the latest: a client's latest question is what such a reply answers)
    const all = this.cpHeld;
    for (let pass = 0; pass < 3; pass++) {
      for (let at = 0; at < all.length; at++) {
        const held = all[pass === 1 ? all.length - 1 - at : at] as HeldStep;
        if (held.weak !== (pass === 2) || held.incarnation !== source.incarnation || held.step >= world.steps) continue;
        const index = held.requestIds.indexOf(requestId);
        if (index < 0 || (pass === 0 && !(held.clients[index] as number[]).includes(target.address)) || held.answered.includes(index * 65536 + target.address)) continue;
        // and what it can have held: no "unknown" from a kernel reply stating the request's
        // first decision, no outcome from a timer (a timeout and a late reply held in one batch)
        if (pass < 2 && !this.couldHold(held, outcome)) continue;
        held.answered.push(index * 65536 + target.address);
        return held;
      }
    }
    return null;
  }

  private couldHold(held: HeldStep, outcome: string): boolean {
    if (held.cause === 0) return held.event !== Ev.timer || outcome === 'unknown';
    const trigger = this.messages[held.cause];
    if (trigger === undefined || trigger.source !== KERNEL || firstDecisionOf(trigger.message) === null) return true;
    return outcome !== 'unknown';
  }

  /** The end of a control-plane step: held if its log is left unsynced (cpHeld), released once it is synced. */
  onHandled(world: World, process: Process): void {
    if (process.address !== CONTROL_PLANE) return;
    if (!holding(process)) {
      if (this.cpHeld.length > 0) this.cpHeld.length = 0;
      return;
    }
    const event = world.currentEvent;
    const delivery = event !== null && event.kind === Ev.deliver ? this.messages[this.cpDelivery] : undefined;
    // what it may hold an answer about: what it handled and what it audited, less what it
    // sent something about in the step (it acted on those: a confirm dispatched, a submit
    // challenged)
    const candidates: string[] = [];
    const sent = this.cpSendStep === world.steps ? this.cpSent : [];
    if (delivery !== undefined && !sent.includes(delivery.message.requestId)) candidates.push(delivery.message.requestId);
    if (this.cpAppendStep === world.steps) for (const requestId of this.cpAppended) if (!candidates.includes(requestId) && !sent.includes(requestId)) candidates.push(requestId);
    // and to whom: the clients it owed an answer about each as the step ended, and the
    // client whose delivery it handled (a copy is owed nothing new, but may be answered)
    const requestIds: string[] = [];
    const clients: number[][] = [];
    for (const requestId of candidates) {
      const owed = this.cpOwes.of(requestId);
      if (delivery !== undefined && delivery.source >= FIRST_CLIENT && delivery.message.requestId === requestId && !owed.includes(delivery.source)) owed.push(delivery.source);
      requestIds.push(requestId);
      clients.push(owed);
    }
    if (requestIds.length === 0) return;
    const copy = delivery !== undefined && this.cpCopy;
    const weak = copy || (delivery !== undefined && delivery.message.kind === 'abandon');
    this.cpHeld.push({ incarnation: process.incarnation, step: world.steps, cause: delivery === undefined ? 0 : delivery.id, event: event?.kind ?? 0, copy, weak, requestIds, clients, answered: [] });
  }

  onDeliver(world: World, id: number, source: number, _sourceIncarnation: number, target: Process, message: Message, duplicate = false): void {
    if (duplicate) this.stressed.add(message.requestId);
    if (target.address === CONTROL_PLANE) {
      // a copy of a submit or confirm this incarnation already had is a duplicate it can
      // see: it owes nothing new for it; every question (outcome query, observe) is owed
      let copy = false;
      if (message.kind === 'submit' || message.kind === 'confirm') {
        const seen = message.kind === 'submit' ? this.cpSubmits : this.cpConfirms;
        copy = seen.has(message.requestId);
        seen.add(message.requestId);
      }
      this.cpCopy = copy;
      this.cpDelivery = id;
      // a network copy of a message a control plane already received: a later incarnation
      // may take it as new (the reference does: it has no memory) or, if it keeps durable
      // memory of what it saw, as a duplicate it can see (6.2); the same incarnation may
      // answer a copy of a question again or take it as the duplicate it is — either way
      // it owes nothing the client was not already owed for the original
      if (id >= this.cpDeliveredTo.length) {
        const grown = new Int32Array(Math.max(id + 1, this.cpDeliveredTo.length * 2));
        grown.set(this.cpDeliveredTo);
        this.cpDeliveredTo = grown;
      }
      const copyOfEarlier = this.cpDeliveredTo[id] !== 0;
      if (!copyOfEarlier) this.cpDeliveredTo[id] = target.incarnation + 1;
      if (!copy && !copyOfEarlier && (message.kind === 'submit' || message.kind === 'confirm' || message.kind === 'outcome-query' || message.kind === 'observe')) {
        this.cpOwes.add(message.requestId, source);
      }
    }
    if (target.address === CONTROL_PLANE && source === KERNEL && firstDecisionOf(message) !== null) {
      const sent = this.messages[id];
      if (sent !== undefined) {
        let list = this.cpDecisionsHeard.get(message.requestId);
        if (list === undefined) this.cpDecisionsHeard.set(message.requestId, (list = []));
        list.push({ reply: sent, incarnation: target.incarnation, step: world.steps });
      }
    }
    if (target.address === CONTROL_PLANE && message.kind === 'confirm') {
      this.request(message.requestId).confirmsDelivered.push({ token: message.token, incarnation: target.incarnation, id, step: world.steps });
    }
  }

  onDrop(_world: World, _id: number, _source: number, _target: number, message: Message): void {
    this.stressed.add(message.requestId);
  }

  onCommand(_world: World, _client: Process, command: { kind: string; requestId?: string }): void {
    if (command.requestId === undefined) return;
    // an abandon is the operator's answer to the challenge (8.2) only if it came before any
    // confirm: one typed after confirming abandons nothing (the operation was confirmed)
    if (command.kind === 'confirm') this.confirmTyped.add(command.requestId);
    if (command.kind === 'abandon' && !this.confirmTyped.has(command.requestId)) this.request(command.requestId).abandoned = true;
  }

  /** requests whose operator typed a confirm */
  private readonly confirmTyped = new Set<string>();

  onDisplay(world: World, client: Process, display: Display): void {
    const operator = client.address - FIRST_CLIENT;
    if (display.kind !== 'request-id') this.clientOwes.remove(display.requestId, client.address);
    if (display.kind === 'challenge') {
      const shown = this.message(world.cause);
      const token = shown !== undefined && shown.message.kind === 'challenge' && shown.message.requestId === display.requestId ? shown.message.token : '';
      let list = this.challengesShown.get(display.requestId);
      if (list === undefined) this.challengesShown.set(display.requestId, (list = []));
      list.push({ address: client.address, incarnation: client.incarnation, token, step: world.steps });
    } else if (display.kind === 'observed' || (display.kind === 'outcome' && display.outcome !== 'unknown')) {
      this.open.delete(display.requestId);
    }
    if (display.kind === 'outcome' && display.outcome === 'unknown') this.stressed.add(display.requestId);
    if (display.kind === 'request-id') {
      const facts = this.request(display.requestId);
      facts.operator = operator;
      facts.intent = display.intent;
      facts.displayedAtStep = world.steps;
      const event = world.currentEvent;
      const command = event?.kind === Ev.command ? (event.payload as { kind: string; intent?: number; operation?: Operation }) : null;
      facts.displayedByCommand = command !== null && command.intent === display.intent;
      if (command !== null && command.kind === 'observe') this.observeFloor.set(display.requestId, this.durableExecs);
      if (command !== null && command.kind === 'submit' && command.operation !== undefined) {
        facts.operation = command.operation;
        facts.invalid = this.invalidOperations.has(command.operation);
      }
    } else if (display.kind === 'outcome') {
      this.request(display.requestId).told.push({
        outcome: display.outcome,
        source: display.source,
        rejection: display.rejection,
        text: display.text,
        cause: world.cause,
        step: world.steps,
        timeMs: world.time,
        operator,
        incarnation: client.incarnation,
      });
    }
  }

  onAppend(world: World, process: Process, record: DurableRecord): void {
    if (process.address === CONTROL_PLANE) {
      if (this.cpAppendStep !== world.steps) {
        this.cpAppendStep = world.steps;
        this.cpAppended.length = 0;
      }
      if (record.kind === 'AUDIT' && typeof record.requestId === 'string') this.cpAppended.push(record.requestId);
      return;
    }
    if (process.address !== KERNEL) return;
    const kernelRecord = record as KernelRecord;
    if (!this.firstDecision.has(kernelRecord.requestId)) {
      this.firstDecision.set(kernelRecord.requestId, kernelRecord);
      this.firstDecisionAt.set(kernelRecord.requestId, process.records.length - 1);
    }
  }

  onSync(_world: World, process: Process): void {
    if (process.address !== KERNEL) return;
    for (let index = this.kernelSynced; index < process.synced; index++) if ((process.records[index] as DurableRecord).kind === 'EXEC') this.durableExecs++;
    this.kernelSynced = process.synced;
  }

  onCrash(_world: World, process: Process, _cause: string, lost: readonly DurableRecord[]): void {
    // (stressed for good: open starts afresh, so that a crash visits only what was opened
    // since the last one, not every request the run left open)
    for (const requestId of this.open) this.stressed.add(requestId);
    this.open.clear();
    if (process.address === CONTROL_PLANE) {
      this.cpOwes.clear();
      this.cpSubmits.clear();
      this.cpConfirms.clear();
      this.cpHeld.length = 0;
    }
    else if (process.role === 'client') this.clientOwes.clearFor(process.address);
    if (process.address === KERNEL) {
      this.kernelCrashes++;
      // the world keeps what was synced and drops the lost suffix: records that survived
      // unsynced count as durable from now on (counted from where the count stood, not
      // from the start of the log)
      for (let index = this.kernelSynced; index < process.records.length; index++) if ((process.records[index] as DurableRecord).kind === 'EXEC') this.durableExecs++;
      this.kernelSynced = process.records.length;
    }
    if (process.address !== KERNEL || lost.length === 0) return;
    // a first decision lost with the suffix goes (the request's later records were in the
    // suffix too); the others stand, in log order as before
    const kept = process.records.length;
    for (const record of lost) {
      const requestId = (record as KernelRecord).requestId;
      if ((this.firstDecisionAt.get(requestId) ?? -1) >= kept) {
        this.firstDecision.delete(requestId);
        this.firstDecisionAt.delete(requestId);
      }
    }
  }
}

/** A process incarnation as one number: Map lookups on numbers are far cheaper than on
 * template strings (incarnations stay below 2^16). */
export function incarnationKey(address: number, incarnation: number): number {
  return address * 65536 + incarnation;
}

/** Request ids with an EXEC record in a kernel log, with how many each has. */
export function executedIn(records: readonly DurableRecord[]): Map<string, number> {
  const executed = new Map<string, number>();
  for (const record of records) {
    if (record.kind === 'EXEC') executed.set(record.requestId, (executed.get(record.requestId) ?? 0) + 1);
  }
  return executed;
}

/** The outcome a first decision means. */
export function outcomeOf(record: { kind: string }): Outcome {
  return record.kind === 'EXEC' ? 'executed' : 'not-executed';
}
