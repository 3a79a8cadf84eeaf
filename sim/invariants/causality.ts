// What the trace says an answer is. The control plane labels its answers (`source`), but
// an oracle never believes a label: it follows the answer's causal parent — the delivery
// the control plane was handling when it sent it, or the timer that fired — and classifies
// the answer by that alone. The label is then only compared with what the trace shows.
//
//   caused by                                          class            failure to audit
//   a kernel reply stating R's first decision           kernel           REJECT → kernel-rejection,
//                                                                        DUPLICATE → duplicate-request
//   the delivery of R's submit, no challenge for R yet  validation       invalid-request
//   the delivery of a submit of R after a challenge,    duplicate        duplicate-request
//     or a copy of a submit this incarnation had
//   a confirm of R whose token this incarnation did     stale-confirm    challenge-expired
//     not issue for R
//   a confirm of R after this incarnation dispatched R  duplicate        duplicate-request
//   a timer of the control plane (no delivery)          timeout          kernel-timeout
//   anything else                                       other            —

import type { AnswerSource, Decision, FailureType, Message, Outcome } from '../../src/protocol.ts';
import { CONTROL_PLANE, Ev, KERNEL, type Process, type World } from '../world.ts';
import type { Facts, SentMessage } from './facts.ts';

export type AnswerClass =
  | { readonly kind: 'kernel'; readonly reply: SentMessage; readonly first: Decision; readonly remembered?: boolean; readonly alsoValidation?: boolean }
  | { readonly kind: 'validation'; readonly trigger: SentMessage | null; readonly remembered?: boolean }
  | { readonly kind: 'duplicate' | 'stale-confirm' | 'timeout'; readonly trigger: SentMessage | null }
  | { readonly kind: 'other'; readonly trigger: SentMessage | null };

/** The first decision a kernel reply states, or null (a state reply, or not a reply). */
export function firstDecisionOf(message: Message): Decision | null {
  if (message.kind === 'decision') return message.decision;
  if (message.kind === 'duplicate' || message.kind === 'query-answer') return message.first;
  return null;
}

export function outcomeOfDecision(decision: Decision): Outcome {
  return decision.kind === 'EXEC' ? 'executed' : 'not-executed';
}

/** Whether the control plane's log holds records appended and not synced (at the end of a
 * step: it holds what it owes until they are durable, Facts.cpHeld). */
export function holding(process: Process): boolean {
  return process.address === CONTROL_PLANE && process.records.length > process.synced;
}

/** Classifies a message the control plane sent to a client about `requestId` (an answer),
 * from its causal parent in the trace. `sent` is the answer as the trace recorded it. */
export function classifyAnswer(facts: Facts, sent: SentMessage): AnswerClass {
  // several oracles ask about the same answer as it is sent: classify it once
  if (memo.facts === facts && memo.id === sent.id && memo.answerClass !== null) return memo.answerClass;
  const answerClass = classify(facts, sent);
  memo.facts = facts;
  memo.id = sent.id;
  memo.answerClass = answerClass;
  return answerClass;
}

const memo: { facts: Facts | null; id: number; answerClass: AnswerClass | null } = { facts: null, id: -1, answerClass: null };

function classify(facts: Facts, sent: SentMessage): AnswerClass {
  const requestId = sent.message.requestId;
  const trigger = facts.message(sent.cause) ?? null;
  if (trigger === null) return { kind: sent.event === Ev.timer ? 'timeout' : 'other', trigger };
  const message = trigger.message;
  if (trigger.source === KERNEL) {
    const first = firstDecisionOf(message);
    if (first !== null && message.requestId === requestId) return { kind: 'kernel', reply: trigger, first };
    return { kind: 'other', trigger };
  }
  if (message.requestId !== requestId) return { kind: 'other', trigger };
  if (message.kind === 'outcome-query') {
    // a first decision is final: an incarnation may answer a later question from a kernel
    // reply stating it that it received itself (spec 10 forbids only what crosses a restart)
    const reply = facts.rememberedDecision(requestId, sent.sourceIncarnation, sent.step);
    const first = reply === null ? null : firstDecisionOf(reply.message);
    // or from its own validation of the request: one it rejected as invalid, that nobody
    // ever challenged, is not executed, for sure (red team 25's control plane repeated the
    // rejection and its explanation when the first answer was lost: 8.1). When it knows
    // both (it also heard the kernel's FENCE), either is a true source of "not executed".
    const validated = rejectedInValidation(facts, requestId, sent);
    if (reply !== null && first !== null) return { kind: 'kernel', reply, first, remembered: true, alsoValidation: validated && first.kind !== 'EXEC' };
    if (validated) return { kind: 'validation', trigger, remembered: true };
    return { kind: 'other', trigger };
  }
  if (message.kind === 'submit') {
    const challenged = (facts.requests.get(requestId)?.tokens ?? []).some((token) => tokenBefore(facts, token, sent));
    // a copy of a submit this incarnation already had (an invalid one is never challenged):
    // answering it is answering a duplicate it can see, not validating a new request.
    // Classified as the answer is sent, while its trigger is the delivery being handled.
    const copy = facts.heldFrom(sent) >= 0 ? facts.heldCopy(sent) : facts.cpCopy && facts.cpDelivery === trigger.id && sent.event === Ev.deliver;
    return { kind: challenged || copy ? 'duplicate' : 'validation', trigger };
  }
  if (message.kind === 'confirm') {
    // a copy of a confirm this incarnation already had, answered as it is delivered: an
    // answer to a duplicate it can see, whatever the token
    if (facts.heldFrom(sent) >= 0 ? facts.heldCopy(sent) : facts.cpCopy && facts.cpDelivery === trigger.id && sent.event === Ev.deliver) return { kind: 'duplicate', trigger };
    const token = facts.tokens.get(message.token);
    if (token === undefined || token.requestId !== requestId || token.incarnation !== sent.sourceIncarnation) return { kind: 'stale-confirm', trigger };
    const dispatchedBefore = (facts.requests.get(requestId)?.dispatches ?? []).some((dispatch) => dispatch.sourceIncarnation === sent.sourceIncarnation && dispatch.id < sent.id);
    return { kind: dispatchedBefore ? 'duplicate' : 'other', trigger };
  }
  return { kind: 'other', trigger };
}

/** Whether the incarnation sending `sent` answered an earlier delivery of the request's
 * submit with a validation answer (not executed), and no control plane ever challenged or
 * dispatched the request. */
function rejectedInValidation(facts: Facts, requestId: string, sent: SentMessage): boolean {
  if (sent.message.kind !== 'answer' || sent.message.outcome !== 'not-executed') return false;
  const request = facts.requests.get(requestId);
  if (request === undefined || request.tokens.length > 0 || request.dispatches.length > 0) return false;
  // (the control plane's answers about the request, latest first: not every message of the run)
  const answers = facts.cpAnswersOf(requestId);
  for (let at = answers.length - 1; at >= 0; at--) {
    const earlier = answers[at] as SentMessage;
    if (earlier.id >= sent.id || earlier.sourceIncarnation !== sent.sourceIncarnation) continue;
    if (earlier.message.kind !== 'answer' || earlier.message.outcome !== 'not-executed') continue;
    const earlierClass = classify(facts, earlier);
    if (earlierClass.kind === 'validation' && earlierClass.remembered !== true) return true;
  }
  return false;
}

/** Whether a challenge with this token was sent before the given message. */
function tokenBefore(facts: Facts, token: string, sent: SentMessage): boolean {
  const issued = facts.tokens.get(token);
  return issued !== undefined && issued.messageId < sent.id;
}

/** The failure the control plane detected, by the class of the answer reporting it. */
export function failureOfClass(answerClass: AnswerClass): FailureType | null {
  switch (answerClass.kind) {
    case 'kernel':
      if (answerClass.remembered === true) return null;
      if (answerClass.reply.message.kind === 'duplicate') return 'duplicate-request';
      if (answerClass.reply.message.kind === 'decision' && answerClass.first.kind === 'REJECT') return 'kernel-rejection';
      return null;
    case 'validation':
      return answerClass.remembered === true ? null : 'invalid-request';
    case 'duplicate':
      return 'duplicate-request';
    case 'stale-confirm':
      return 'challenge-expired';
    case 'timeout':
      return 'kernel-timeout';
    case 'other':
      return null;
  }
}

/** The label an honest control plane puts on an answer of this class (null: any). */
export function sourceOfClass(answerClass: AnswerClass): AnswerSource | null {
  switch (answerClass.kind) {
    case 'kernel':
      return answerClass.reply.message.kind === 'decision' ? 'kernel-decision' : answerClass.reply.message.kind === 'duplicate' ? 'kernel-duplicate' : 'kernel-query';
    case 'validation':
      return 'validation';
    case 'stale-confirm':
      return 'challenge-expired';
    case 'timeout':
      return 'timeout';
    default:
      return null;
  }
}

/** What a delivery obliges its handler to pass on: a kernel reply stating a first decision
 * obliges the control plane to answer every client it owes an answer about that request;
 * an answer obliges a client that owes its operator one to show it. Checked when the
 * handler returns (a crash in it releases the obligation: its incarnation is gone). */
export class Obligation {
  private pending: { address: number; incarnation: number; requestId: string; owed: number[]; step: number; what: string } | null = null;

  constructor(
    private readonly facts: Facts,
    /** which deliveries oblige: a description of the message, or null */
    private readonly obliges: (message: Message, target: Process, source: number) => string | null,
  ) {}

  /** `about`: the request the delivery is about, when not its own id (a state reply to a
   * read the control plane sent under an id of its own is about the observe it answers) */
  onDeliver(world: World, source: number, target: Process, message: Message, about?: string): void {
    this.pending = null;
    const what = this.obliges(message, target, source);
    if (what === null) return;
    const requestId = about ?? message.requestId;
    const owed = target.address === CONTROL_PLANE ? this.facts.cpOwes.of(requestId) : this.facts.clientOwes.has(requestId, target.address) ? [target.address] : [];
    if (owed.length === 0) return;
    this.pending = { address: target.address, incarnation: target.incarnation, requestId, owed, step: world.steps, what };
  }

  /** The parties still owed when the handler returned, or null if nothing was at stake. */
  onHandled(process: Process): { requestId: string; unpaid: number[]; what: string } | null {
    const pending = this.pending;
    if (pending === null || process.address !== pending.address || process.incarnation !== pending.incarnation) return null;
    this.pending = null;
    const owes = process.address === CONTROL_PLANE ? this.facts.cpOwes : this.facts.clientOwes;
    const key = pending.requestId;
    const unpaid: number[] = [];
    for (const who of pending.owed) if (owes.has(key, process.address === CONTROL_PLANE ? who : process.address)) unpaid.push(who);
    return { requestId: key, unpaid, what: pending.what };
  }

  /** Of the parties a handler left unpaid, those still owed now (a held step's, judged later). */
  stillUnpaid(process: Process, result: { readonly requestId: string; readonly unpaid: readonly number[] }): number[] {
    const owes = process.address === CONTROL_PLANE ? this.facts.cpOwes : this.facts.clientOwes;
    return result.unpaid.filter((who) => owes.has(result.requestId, process.address === CONTROL_PLANE ? who : process.address));
  }
}

/** End-of-step checks of control-plane steps that held what they owed (Facts.cpHeld: the
 * step ended with audit records appended and not synced). Each is judged when a later step
 * of the same incarnation ends with the log synced — by then what was held must have gone
 * out, after the records it waited for were made durable — or when the run ends. A crash
 * drops them with the incarnation, as it drops an obligation of a handler it cuts short. */
export class HeldChecks {
  private items: { readonly incarnation: number; readonly judge: () => void }[] = [];

  /** Holds `judge` if the control plane's step is held, else runs it now. */
  judgeOrHold(process: Process, judge: () => void): void {
    if (holding(process)) this.items.push({ incarnation: process.incarnation, judge });
    else judge();
  }

  /** Holds `judge` until the control plane's log is synced (the caller knows it is not). */
  hold(process: Process, judge: () => void): void {
    this.items.push({ incarnation: process.incarnation, judge });
  }

  /** At the end of a control-plane step: if its log is synced, the held checks run. */
  release(process: Process): void {
    if (this.items.length === 0 || process.address !== CONTROL_PLANE || holding(process)) return;
    this.run(process.incarnation);
  }

  onCrash(process: Process): void {
    if (process.address === CONTROL_PLANE) this.items = [];
  }

  /** At the end of the run: whatever the live incarnation still held. */
  onEnd(world: World): void {
    if (this.items.length > 0) this.run((world.processes[CONTROL_PLANE] as Process).incarnation);
  }

  private run(incarnation: number): void {
    const items = this.items;
    this.items = [];
    for (const item of items) if (item.incarnation === incarnation) item.judge();
  }
}
