// Oracles of what the control plane sends: no replay of an earlier incarnation's work
// (5.1, 5.3, 10), no retries (6.1, 7.1, 10), nothing to the kernel but confirmed dispatches
// and queries (11), nothing at all for an abandoned request (8.2), and invalid requests
// rejected, never corrected (8.1).

import type { Message, Operation, OperatorCommand } from '../../src/protocol.ts';
import { CONTROL_PLANE, Ev, FIRST_CLIENT, KERNEL, type Process, type World } from '../world.ts';
import { executedIn, type SentMessage, type TokenFacts } from './facts.ts';
import { classifyAnswer, HeldChecks } from './causality.ts';
import { Invariant } from './invariant.ts';
import { ordinal } from './client.ts';

export class CpNoReplay extends Invariant {
  readonly id = 'cp.no-replay';
  readonly clause = '5.1, 5.3, 10';
  /** dispatches sent while handling the current delivery */
  private sentInHandler = 0;

  onDeliver(): void {
    this.sentInHandler = 0;
  }

  onSend(world: World, id: number, cause: number, source: Process, target: Process, message: Message): void {
    if (source.address === CONTROL_PLANE && message.kind === 'challenge') {
      this.challenge(world, cause, source, target, message.requestId);
      return;
    }
    if (source.address !== CONTROL_PLANE || target.address !== KERNEL || message.kind !== 'dispatch') return;
    const requestId = message.requestId;
    this.check(source.incarnation > 1 || this.facts.stressed.has(requestId));
    let trigger = this.facts.message(cause);
    // or deferred to a timer of the same incarnation: it answers the first confirm of the
    // request this incarnation received, if it has not dispatched the request since (red
    // team 19's control plane queues confirmed dispatches and flushes them from a 2 ms
    // timer; the timer dies with the incarnation, so nothing outlives a crash: 5.1, 10)
    // Or to a kernel reply about another request: red team 31's control plane serialises
    // dispatches per object, queueing a confirmed request whose collection is busy until
    // the holder's decision arrives — still the first and only dispatch, by the incarnation
    // that received the confirm.
    const deferred =
      (trigger === undefined && world.currentEvent?.kind === Ev.timer) || (trigger !== undefined && trigger.source === KERNEL && trigger.target === CONTROL_PLANE && trigger.message.requestId !== requestId)
        ? this.deferredConfirm(id, requestId, source.incarnation)
        : undefined;
    if (deferred !== undefined) trigger = deferred;
    // a dispatch is legal only as the answer to the delivery of a confirm for the same
    // request, carrying a token this incarnation issued for that request, sent by the
    // client incarnation that showed that challenge — and one dispatch per confirm
    if (trigger === undefined || trigger.message.kind !== 'confirm') {
      const earlier = this.earlierIncarnation(requestId, source.incarnation);
      this.violate(
        world,
        requestId,
        `control-plane@${source.incarnation} dispatched ${requestId} ${trigger === undefined ? 'from a timer or at start' : `while handling ${trigger.message.kind} ${trigger.message.requestId}`}, not in answer to a confirm of it` +
          (earlier !== undefined ? `; its challenge came from control-plane@${earlier.incarnation}: in-flight work replayed after a restart` : ''),
        earlier !== undefined ? [earlier.step] : [],
      );
      return;
    }
    const confirm = trigger.message;
    if (confirm.requestId !== requestId) {
      this.violate(world, requestId, `control-plane@${source.incarnation} dispatched ${requestId} while handling the confirm of another request (${confirm.requestId}): work that no confirm in hand asked for`, [trigger.step]);
      return;
    }
    const token = this.facts.tokens.get(confirm.token);
    if (token === undefined) {
      this.violate(world, requestId, `control-plane@${source.incarnation} dispatched ${requestId} on a confirm whose token no control-plane incarnation issued`, [trigger.step]);
    } else if (token.requestId !== requestId) {
      this.violate(world, requestId, `control-plane@${source.incarnation} dispatched ${requestId} on a confirm carrying the token of another request (${token.requestId})`, [token.step, trigger.step]);
    } else if (token.incarnation !== source.incarnation) {
      this.violate(world, requestId, `control-plane@${source.incarnation} dispatched ${requestId} on a confirm of a challenge issued by control-plane@${token.incarnation}: work of an earlier incarnation replayed`, [token.step, trigger.step]);
    } else if (!(this.facts.challengesShown.get(requestId) ?? []).some((shown) => shown.address === trigger.source && shown.incarnation === trigger.sourceIncarnation && shown.token === confirm.token)) {
      this.violate(world, requestId, `control-plane@${source.incarnation} dispatched ${requestId} on a confirm sent by a client incarnation that never showed that challenge to its operator`, [trigger.step]);
    } else if (deferred === undefined && ++this.sentInHandler > 1) {
      this.violate(world, requestId, `control-plane@${source.incarnation} dispatched ${requestId} twice on one confirm`, [trigger.step]);
    }
  }

  /** The confirm a dispatch sent from a timer answers: the first confirm of the request
   * delivered to this incarnation, when this incarnation has sent no other dispatch of it
   * since (one dispatch per confirm), else undefined. */
  private deferredConfirm(dispatchId: number, requestId: string, incarnation: number): SentMessage | undefined {
    const facts = this.facts.requests.get(requestId);
    if (facts === undefined) return undefined;
    // the first: a copy of the confirm arriving after the dispatch licenses nothing new
    // (red2-cp-dispatch-retransmit resent its dispatch from a timer after such a copy)
    const confirm = facts.confirmsDelivered.find((delivered) => delivered.incarnation === incarnation);
    if (confirm === undefined) return undefined;
    for (const dispatch of facts.dispatches) {
      if (dispatch.id !== dispatchId && dispatch.sourceIncarnation === incarnation && dispatch.step >= confirm.step) return undefined;
    }
    // nor after it told anyone an outcome of the request: a queued dispatch sent once the
    // request was answered (a timeout's "unknown") completes an action after its failure
    // was reported (2; red team 31's cp-serialize-dispatch-after-timeout)
    if (this.facts.cpAnswered(requestId, incarnation, confirm.id + 1, dispatchId, confirm.step)) return undefined;
    return this.facts.message(confirm.id);
  }

  /** A challenge answers the delivery of that request's submit to this very incarnation,
   * and goes to the client that sent it (5.1: a crash before forwarding leaves the action
   * not executed; 10: no in-flight state is recovered). Red team 13's control plane
   * journalled submits and, restarted, challenged each unconfirmed one from its start
   * handler: the operator confirmed, and a request whose control plane had crashed before
   * forwarding it executed. Every dispatch rule held: the confirm answered a challenge of
   * the same incarnation. */
  private challenge(world: World, cause: number, source: Process, target: Process, requestId: string): void {
    let trigger = this.facts.message(cause);
    this.check(source.incarnation > 1 || this.facts.stressed.has(requestId));
    // or through one kernel round trip this incarnation made while handling that submit (a
    // control plane may read the kernel before it challenges: red team 17's correct system)
    if (trigger !== undefined && trigger.source === KERNEL) {
      const ask = this.facts.message(trigger.cause);
      const origin = ask !== undefined && ask.source === CONTROL_PLANE && ask.sourceIncarnation === source.incarnation ? this.facts.message(ask.cause) : undefined;
      if (origin !== undefined && origin.message.kind === 'submit' && origin.message.requestId === requestId) trigger = origin;
    }
    if (trigger === undefined || trigger.message.kind !== 'submit' || trigger.message.requestId !== requestId) {
      const earlier = trigger === undefined ? undefined : trigger.message;
      this.violate(
        world,
        requestId,
        `control-plane@${source.incarnation} challenged ${requestId} ${earlier === undefined ? 'from a timer or at start' : `while handling ${earlier.kind} ${earlier.requestId}`}, not in answer to a submit of it it received` +
          (source.incarnation > 1 ? ': in-flight work of an earlier incarnation recovered after a restart' : ''),
        trigger !== undefined ? [trigger.step] : [],
      );
    } else if (trigger.source !== target.address) {
      this.violate(world, requestId, `control-plane@${source.incarnation} sent the challenge for ${requestId} to ${target.name}, not to client-${trigger.source - FIRST_CLIENT}, whose submit it was handling`, [trigger.step]);
    }
  }

  private earlierIncarnation(requestId: string, incarnation: number): TokenFacts | undefined {
    const facts = this.facts.requests.get(requestId);
    return facts?.tokens.map((token) => this.facts.tokens.get(token)).find((token) => token !== undefined && token.incarnation !== incarnation);
  }
}

export class NoRetry extends Invariant {
  readonly id = 'no-retry';
  readonly clause = '6.1, 7.1, 10';

  onSend(world: World, _id: number, _cause: number, source: Process, target: Process, message: Message): void {
    let count: number;
    let what: string;
    if (source.role === 'client' && message.kind === 'submit') {
      count = this.facts.request(message.requestId).submits;
      what = 'submit';
    } else if (source.role === 'client' && message.kind === 'confirm') {
      count = this.facts.request(message.requestId).confirms;
      what = 'confirm';
    } else if (source.address === CONTROL_PLANE && target.address === KERNEL && message.kind === 'dispatch') {
      const dispatches = this.facts.request(message.requestId).dispatches;
      count = dispatches.length;
      what = 'dispatch';
      this.check(source.incarnation > 1 || this.facts.stressed.has(message.requestId));
      if (count > 1) {
        this.violate(world, message.requestId, `control-plane@${source.incarnation} sent the ${ordinal(count)} dispatch of ${message.requestId} (a retry; the first was at step ${dispatches[0]?.step})`, dispatches.map((d) => d.step));
      }
      return;
    } else {
      return;
    }
    this.check(source.incarnation > 1 || this.facts.stressed.has(message.requestId));
    if (count > 1) {
      this.violate(world, message.requestId, `${source.name}@${source.incarnation} sent the ${ordinal(count)} ${what} of ${message.requestId} (a resend; the operator asked once)`);
    }
  }
}

export class CpNoCompensation extends Invariant {
  readonly id = 'cp.no-compensation';
  readonly clause = '11';
  /** kernel queries sent while handling the current delivery */
  private askedInHandler = 0;
  /** "incarnation:observe id" → deliveries of that observe (copies too) to that
   * control-plane incarnation, and the reads of it that incarnation sent */
  private readonly observeReads = new Map<string, { delivered: number; read: number }>();

  onDeliver(_world: World, _id: number, _source: number, _sourceIncarnation: number, target: Process, message: Message): void {
    this.askedInHandler = 0;
    if (target.address !== CONTROL_PLANE || message.kind !== 'observe') return;
    const key = `${target.incarnation}:${message.requestId}`;
    const entry = this.observeReads.get(key);
    if (entry === undefined) this.observeReads.set(key, { delivered: 1, read: 0 });
    else entry.delivered++;
  }

  /** A read sent later than the observe's delivery (from a timer, or another delivery's
   * handler) by the incarnation the observe reached, no more reads of it than deliveries
   * (as if each had been read as it arrived, as the reference does): observation deferred,
   * not reconciliation. Red team 25's control plane held an observe until the same
   * client's writes in flight were answered, and sent its read when the last one timed out. */
  private deferredRead(source: Process, requestId: string): boolean {
    const entry = this.observeReads.get(`${source.incarnation}:${requestId}`);
    if (entry === undefined || entry.read >= entry.delivered) return false;
    entry.read++;
    return true;
  }

  onSend(world: World, _id: number, cause: number, source: Process, target: Process, message: Message): void {
    if (source.role === 'client' && (message.kind === 'outcome-query' || message.kind === 'observe')) {
      this.clientQuery(world, source, message.kind, message.requestId);
      return;
    }
    if (source.address !== CONTROL_PLANE || target.address !== KERNEL) return;
    const requestId = message.requestId;
    this.check(source.incarnation > 1 || this.facts.stressed.has(requestId));
    if (message.kind === 'fenced-query' || message.kind === 'read') {
      // queries too only on an operator's question (7.2: the operator investigates; 10:
      // recovery is observation; 11: no reconciliation): the delivery of that client's
      // question about that very request, one query per question
      const expected = message.kind === 'fenced-query' ? 'outcome-query' : 'observe';
      const trigger = this.facts.message(cause);
      // a plain read as a control plane starts is observation resumed (10): it changes
      // nothing in the kernel, and whatever the control plane then tells a client is held
      // to the rules of answers (one answer per question, from a kernel reply to it). A
      // fenced query at start is not: its fence is a write. (Red team 13's correct system
      // probed the kernel so and was refused.)
      if (message.kind === 'read' && trigger === undefined && world.currentEvent?.kind === Ev.start) return;
      // a read may carry an id of the control plane's own: what it answers is the observe
      // whose delivery caused it (red team 16's correct system read under fresh ids)
      const about = message.kind === 'read' && trigger !== undefined && trigger.message.kind === 'observe' ? trigger.message.requestId : requestId;
      // a plain read while handling a submit looks before it challenges: it changes nothing,
      // and the challenge it leads to is held to cp.no-replay's rule (red team 17)
      const looksFirst = message.kind === 'read' && trigger !== undefined && trigger.message.kind === 'submit' && trigger.source !== KERNEL;
      if (message.kind === 'read' && trigger !== undefined && trigger.message.kind === 'observe' && trigger.message.requestId === about) {
        const entry = this.observeReads.get(`${source.incarnation}:${about}`);
        if (entry !== undefined) entry.read++;
      }
      if (looksFirst) {
        if (++this.askedInHandler > 1) this.violate(world, requestId, `control-plane@${source.incarnation} sent the kernel a second read while handling one submit: a retry`, [trigger.step]);
      } else if (trigger === undefined || trigger.message.kind !== expected || trigger.message.requestId !== about) {
        if (message.kind === 'read' && this.deferredRead(source, requestId)) return;
        const why = trigger === undefined ? 'from a timer or at start' : `while handling ${trigger.message.kind} ${trigger.message.requestId}`;
        this.violate(world, requestId, `control-plane@${source.incarnation} sent the kernel a ${message.kind} of ${requestId} on its own initiative (${why}), not on an operator's ${expected} of it: reconciliation`, trigger !== undefined ? [trigger.step] : []);
      } else if (++this.askedInHandler > 1) {
        this.violate(world, requestId, `control-plane@${source.incarnation} sent the kernel a second ${message.kind} of ${requestId} for one ${expected}: a retry`, [trigger.step]);
      }
      return;
    }
    if (message.kind !== 'dispatch') {
      this.violate(world, requestId, `control-plane@${source.incarnation} sent the kernel a ${message.kind}: only confirmed dispatches and queries are allowed`);
      return;
    }
    const facts = this.facts.requests.get(requestId);
    if (facts === undefined || facts.confirmsDelivered.length === 0) {
      this.violate(world, requestId, `control-plane@${source.incarnation} sent the kernel ${message.operation.kind} as ${requestId}, which no operator confirmed (rollback, cleanup or reconciliation)`);
      return;
    }
    const challenged = facts.tokens.map((token) => this.facts.tokens.get(token)?.operation).find((operation) => operation !== undefined);
    if (challenged !== undefined && !sameOperation(challenged, message.operation)) {
      this.violate(world, requestId, `control-plane@${source.incarnation} dispatched ${requestId} with an operation other than the one confirmed`);
    }
  }

  /** A client asks the control plane about a request only when its operator asks. */
  private clientQuery(world: World, source: Process, kind: 'outcome-query' | 'observe', requestId: string): void {
    this.check(source.incarnation > 1 || this.facts.stressed.has(requestId));
    const event = world.currentEvent;
    const command = event?.kind === Ev.command ? (event.payload as OperatorCommand) : null;
    const expected = kind === 'outcome-query' ? 'ask-outcome' : 'observe';
    const matches = command !== null && command.kind === expected && (command.kind !== 'ask-outcome' || command.requestId === requestId);
    if (!matches) {
      this.violate(world, requestId, `${source.name}@${source.incarnation} sent ${kind} ${requestId} without its operator asking (${command === null ? 'not while handling an operator command' : `while handling the operator's ${command.kind}`}): automatic reconciliation`);
    }
  }
}

export class AbandonInert extends Invariant {
  readonly id = 'abandon.inert';
  readonly clause = '8.2';
  private readonly abandons: { id: number; requestId: string; step: number; timeMs: number }[] = [];
  /** message ids of abandons delivered to the control plane → what it sent the kernel then */
  private readonly caused = new Map<number, SentMessage[]>();

  onDeliver(world: World, id: number, _source: number, _sourceIncarnation: number, target: Process, message: Message): void {
    if (target.address === CONTROL_PLANE && message.kind === 'abandon') {
      this.abandons.push({ id, requestId: message.requestId, step: world.steps, timeMs: world.time });
      this.caused.set(id, []);
    }
  }

  onSend(_world: World, id: number, cause: number, source: Process, target: Process): void {
    if (source.address !== CONTROL_PLANE || target.address !== KERNEL) return;
    const list = this.caused.get(cause);
    const sent = list !== undefined ? this.facts.message(id) : undefined;
    if (sent !== undefined) list?.push(sent);
  }

  onEnd(world: World): void {
    const executed = executedIn((world.processes[KERNEL] as Process).records);
    for (const abandon of this.abandons) {
      this.check(true);
      for (const sent of this.caused.get(abandon.id) ?? []) {
        this.violate(world, abandon.requestId, `in answer to the abandon of ${abandon.requestId}, the control plane sent the kernel ${sent.message.kind} ${sent.message.requestId}: abandonment triggers no cleanup`, [abandon.step, sent.step], abandon);
      }
    }
    for (const facts of this.facts.requests.values()) {
      if (!facts.abandoned) continue;
      this.check(true);
      const dispatch = facts.dispatches[0];
      if (dispatch !== undefined) {
        this.violate(world, facts.requestId, `${facts.requestId} was abandoned by its operator, yet dispatched at step ${dispatch.step}`, [dispatch.step], dispatch);
      } else if (executed.has(facts.requestId)) {
        this.violate(world, facts.requestId, `${facts.requestId} was abandoned by its operator, yet executed`);
      }
    }
  }
}

export class InvalidRejected extends Invariant {
  readonly id = 'invalid.rejected';
  readonly clause = '8.1, 2';
  /** an invalid request's first submit being handled by the control plane */
  private pending: { requestId: string; client: number; incarnation: number; step: number; invalid: boolean } | null = null;
  /** valid submits left unanswered by the handler that received them */
  private readonly unanswered: { requestId: string; client: number; incarnation: number; step: number }[] = [];

  onDeliver(world: World, _id: number, source: number, _sourceIncarnation: number, target: Process, message: Message): void {
    this.pending = null;
    if (target.address !== CONTROL_PLANE || message.kind !== 'submit' || this.facts.cpCopy) return;
    this.pending = { requestId: message.requestId, client: source, incarnation: target.incarnation, step: world.steps, invalid: this.facts.requests.get(message.requestId)?.invalid === true };
  }

  /** checks of control-plane steps that held their answers for an audit sync */
  private readonly held = new HeldChecks();

  onCrash(_world: World, process: Process): void {
    this.held.onCrash(process);
  }

  /** An invalid request that reached a live control plane is rejected right there. */
  onHandled(world: World, process: Process): void {
    this.held.release(process);
    const pending = this.pending;
    if (pending === null || process.address !== CONTROL_PLANE || process.incarnation !== pending.incarnation) return;
    this.pending = null;
    this.check(pending.invalid || this.facts.stressed.has(pending.requestId));
    if (!this.facts.cpOwes.has(pending.requestId, pending.client)) return;
    if (pending.invalid) {
      // (or once its audit log is synced, if it held its answer for that: Facts.cpHeld)
      this.held.judgeOrHold(process, () => {
        if (!this.facts.cpOwes.has(pending.requestId, pending.client)) return;
        const late = pending.step !== world.steps;
        this.violate(world, pending.requestId, `control-plane@${process.incarnation} received invalid request ${pending.requestId}${late ? ` at step ${pending.step}` : ''} and neither rejected it nor answered${late ? ' by the time its audit log was synced' : ''}: an invalid request is rejected, with an explanation`, late ? [pending.step] : []);
      });
    } else {
      // a valid submit is challenged or rejected by the incarnation that received it, never
      // swallowed (2: explicit rejection; 9: observable) — in that handler, or later (after a
      // kernel read, or once a busy kernel is free), judged when the run ends. Red team 15's
      // control planes dropped new submits they took for re-issues of the same operation, or
      // shed them under load: caught before only when another operator asked about them.
      this.unanswered.push({ requestId: pending.requestId, client: pending.client, incarnation: pending.incarnation, step: pending.step });
    }
  }

  onSend(world: World, id: number, _cause: number, source: Process, _target: Process, message: Message): void {
    if (source.address !== CONTROL_PLANE) return;
    if (message.kind === 'challenge') {
      const facts = this.facts.requests.get(message.requestId);
      this.check(facts?.invalid === true);
      if (facts === undefined || facts.operation === null) return;
      if (facts.invalid) {
        this.violate(world, message.requestId, `the control plane challenged invalid request ${message.requestId} instead of rejecting it`);
      } else if (!sameOperation(facts.operation, message.operation)) {
        this.violate(world, message.requestId, `the challenge for ${message.requestId} does not echo the submitted operation unchanged: submitted ${JSON.stringify(facts.operation)}, challenged ${JSON.stringify(message.operation)}`);
      }
    } else if (message.kind === 'answer') {
      // a validation rejection is whatever answers a submit before any challenge — read off
      // the trace, whatever the answer calls itself
      const sent = this.facts.message(id);
      if (sent === undefined || classifyAnswer(this.facts, sent).kind !== 'validation') return;
      this.check(true);
      if (message.outcome !== 'not-executed') {
        this.violate(world, message.requestId, `the control plane answered the submit of ${message.requestId} with outcome "${message.outcome}" before any challenge: a request is either challenged or rejected`);
      } else if (message.rejection === null || message.rejection.code.trim() === '' || !explains(message.rejection.code, message.rejection.text)) {
        this.violate(world, message.requestId, `the control plane rejected ${message.requestId} without an explanation (${message.rejection === null ? 'no rejection' : JSON.stringify(message.rejection)}): a rejection must include an explanation`);
      } else {
        const operation = this.facts.requests.get(message.requestId)?.operation ?? null;
        const wrong = operation !== null ? misexplains(operation, message.rejection.text) : null;
        if (wrong !== null) {
          this.violate(world, message.requestId, `the control plane rejected ${message.requestId} (${JSON.stringify(operation)}) with ${JSON.stringify(message.rejection.text)}, which ${wrong}: a rejection must explain this request, not any request`);
        }
      }
    }
  }

  onEnd(world: World): void {
    this.held.onEnd(world);
    // an incarnation that crashed owes nothing (its successor has no in-flight state)
    const live = (world.processes[CONTROL_PLANE] as Process).incarnation;
    for (const left of this.unanswered) {
      this.check(true);
      if (left.incarnation !== live || !this.facts.cpOwes.has(left.requestId, left.client)) continue;
      this.violate(world, left.requestId, `control-plane@${live} received the submit of ${left.requestId} (a request it had not seen) at step ${left.step} and never challenged nor rejected it: a request is answered, never swallowed`, [left.step]);
    }
    const records = (world.processes[KERNEL] as Process).records;
    for (const record of records) {
      if (record.kind !== 'EXEC') continue;
      const facts = this.facts.requests.get(record.requestId);
      if (facts === undefined || facts.operation === null) continue;
      this.check(facts.invalid);
      if (!sameOperation(facts.operation, record.operation)) {
        this.violate(world, record.requestId, `what executed as ${record.requestId} is not what the operator submitted: submitted ${JSON.stringify(facts.operation)}, executed ${JSON.stringify(record.operation)}`);
      }
    }
    const executed = executedIn(records);
    for (const facts of this.facts.requests.values()) {
      if (!facts.invalid) continue;
      this.check(true);
      if (executed.has(facts.requestId)) this.violate(world, facts.requestId, `invalid request ${facts.requestId} executed`);
    }
  }
}

/** Whether a rejection's text explains it: words, and more than its code restated. (An
 * oracle cannot judge prose; this only refuses what is plainly no explanation: nothing,
 * the code again, one word.) */
export function explains(code: string, text: string): boolean {
  // the same few rejections recur in every run: judge each (code, text) once
  let byText = explained.get(code);
  if (byText === undefined) {
    if (explained.size >= EXPLAINED_MAX) explained.clear();
    explained.set(code, (byText = new Map()));
  }
  let judged = byText.get(text);
  if (judged === undefined) {
    judged = squash(text) !== '' && squash(text) !== squash(code) && (text.match(/[A-Za-z]{2,}/g) ?? []).length >= 3;
    if (byText.size >= EXPLAINED_MAX) byText.clear();
    byText.set(text, judged);
  }
  return judged;
}

/** What a validation rejection of each kind of operation may name to say what is wrong. */
const LABELS: Readonly<Record<Operation['kind'], readonly string[]>> = {
  'create-collection': ['name', 'collection', 'index', 'field'],
  'drop-collection': ['name', 'collection'],
  'rename-collection': ['name', 'collection', 'rename', 'itself', 'same'],
  'create-index': ['collection', 'index', 'field', 'name'],
  'drop-index': ['collection', 'index', 'field', 'name'],
  'create-snapshot': ['snapshot', 'name'],
  'set-config': ['key', 'value', 'config', 'setting'],
};

/** Whether a validation rejection points at this request's input: it quotes a value the
 * operator gave (trimmed, as a checker cannot know which one is wrong), the number of
 * indexes, or names a part of this kind of operation. One text for every invalid request
 * ("the request is invalid; check it") explains none of them (spec 8.1). */
export function pointsAtInput(operation: Operation, text: string): boolean {
  const lower = text.toLowerCase();
  if (LABELS[operation.kind].some((label) => new RegExp(`\\b${label}`).test(lower))) return true;
  const values: string[] = [];
  for (const value of Object.values(operation)) {
    if (typeof value === 'string') values.push(value);
    else if (Array.isArray(value)) values.push(...(value as string[]), String(value.length));
  }
  return values.some((value) => value !== operation.kind && value.trim() !== '' && text.includes(value.trim()));
}

/** One thing wrong with an operation: the value as the operator gave it, the words of which
 * one an explanation must use to say where (or which rule) it is, and whether the value
 * breaks the name rule (a name can be wrong in only so many ways). */
interface Defect {
  readonly value: string;
  readonly where: readonly string[];
  readonly name: boolean;
}

/** What is wrong with an operation, by the validity rules every system under test is held
 * to (the rules of src/validation.ts, which the workload's invalid requests are built from):
 * each value that breaks a rule, and for too many indexes, the count. Empty when the
 * operation is valid. */
export function defectsOf(operation: Operation): { defects: Defect[]; count: number | null } {
  const defects: Defect[] = [];
  let count: number | null = null;
  const name = (value: string, where: readonly string[]) => {
    if (!VALID_NAME.test(value)) defects.push({ value, where, name: true });
  };
  switch (operation.kind) {
    case 'create-collection': {
      name(operation.name, COLLECTION);
      if (operation.indexes.length > INDEXES_MAX) count = operation.indexes.length;
      const seen = new Set<string>();
      for (const field of operation.indexes) {
        name(field, FIELD);
        if (seen.has(field)) defects.push({ value: field, where: TWICE, name: false });
        seen.add(field);
      }
      break;
    }
    case 'drop-collection':
      name(operation.name, COLLECTION);
      break;
    case 'create-snapshot':
      name(operation.name, ['snapshot']);
      break;
    case 'rename-collection':
      if (operation.from === operation.to) defects.push({ value: operation.from, where: ['itself', 'same'], name: false });
      name(operation.from, ['collection', 'source', 'from']);
      name(operation.to, ['new', 'target', 'destination', 'rename to', 'renamed to']);
      break;
    case 'create-index':
    case 'drop-index':
      name(operation.collection, COLLECTION);
      name(operation.field, FIELD);
      break;
    case 'set-config': {
      const accepts = Object.hasOwn(CONFIG_VALUES, operation.key) ? CONFIG_VALUES[operation.key] : undefined;
      if (accepts === undefined) defects.push({ value: operation.key, where: ['key', 'setting', 'unknown'], name: false });
      else if (!accepts.test(operation.value)) defects.push({ value: operation.value, where: ['value'], name: false });
      break;
    }
  }
  return { defects, count };
}

const COLLECTION = ['collection'];
const FIELD = ['index', 'field'];
const TWICE = ['twice', 'duplicate', 'repeated', 'more than once'];
const VALID_NAME = /^[a-z][a-z0-9_]{0,31}$/;
const NAME_LENGTH_MAX = 32;
const INDEXES_MAX = 8;
const CONFIG_VALUES: Readonly<Record<string, RegExp>> = {
  max_connections: /^[1-9][0-9]{0,4}$/,
  log_level: /^(debug|info|warn|error)$/,
  cache_mb: /^[1-9][0-9]{0,5}$/,
  read_only: /^(true|false)$/,
};
const QUOTES: readonly (readonly [string, string])[] = [['"', '"'], ["'", "'"], ['`', '`'], ['“', '”'], ['‘', '’'], ['«', '»']];
/** an explanation that a name is too long ("at most 31 characters from a-z, 0-9 and _"
 * describes the rule's character set, not a length the name broke: red team 15's correct
 * validator worded it so and was refused) */
const TOO_LONG = /too long|longer than|at most \d+ (characters|chars)(?! (from|of|in|among)\b)|characters long|exceeds? \d+ (characters|chars)/i;

/** Why a validation rejection's text does not explain this request (spec 8.1), or null.
 * An explanation must point at what is wrong in it: quote, whole and exactly as given, a
 * value that breaks a rule (a name with its trailing space, the field listed twice, the
 * unknown key, the refused value) and say which part of the request it is (or which rule
 * it breaks) — or, for too many indexes, give the count; and what it says must be true: no
 * limit but the one applied, no "too long" for a name that is not. Text about another
 * field, another request, the input as normalised, cut short, one text per rule, or a
 * reason the value does not have explains nothing about this one. For an operation the
 * rules find nothing wrong with, it must at least name a value or a part of it (wrongly
 * rejecting a valid request is other invariants' business). */
export function misexplains(operation: Operation, text: string): string | null {
  const { defects, count } = defectsOf(operation);
  if (defects.length === 0 && count === null) return pointsAtInput(operation, text) ? null : 'names neither a value the operator gave nor what is wrong with it';
  const lower = text.toLowerCase();
  const quotes = (value: string) => QUOTES.some(([open, close]) => text.includes(`${open}${value}${close}`));
  const says = (words: readonly string[]) => words.some((word) => new RegExp(`\\b${word}`).test(lower));
  const quoted = defects.filter((defect) => quotes(defect.value));
  // "too long" is true only of a name past the limit; a text about a short one says so falsely
  if (TOO_LONG.test(text) && quoted.length > 0 && quoted.every((defect) => !defect.name || defect.value.length <= NAME_LENGTH_MAX)) {
    return `calls ${quoted.map((defect) => JSON.stringify(defect.value)).join(', ')} too long, which ${quoted.length > 1 ? 'they are' : 'it is'} not (at most ${NAME_LENGTH_MAX} characters)`;
  }
  if (count !== null) {
    const numbersIn = (value: string) => (value.match(/\d+/g) ?? []).map(Number);
    const numbers = numbersIn(text);
    // numbers the operator typed (inside a name) may be quoted back; any other is a limit
    const given = new Set(operation.kind === 'create-collection' ? [operation.name, ...operation.indexes].flatMap(numbersIn) : []);
    const misstated = numbers.find((n) => n !== count && n !== INDEXES_MAX && !given.has(n));
    if (misstated !== undefined) return `states ${misstated}, while ${count} indexes were given and the limit is ${INDEXES_MAX}`;
    if (quoted.length > 0 || numbers.includes(count)) return null;
    return `gives neither the ${count} indexes given nor a value that breaks a rule`;
  }
  if (quoted.length === 0) return `does not quote, whole and as given, what breaks a rule (${defects.map((defect) => JSON.stringify(defect.value)).join(' or ')})`;
  if (!quoted.some((defect) => says(defect.where))) {
    return `quotes ${quoted.map((defect) => JSON.stringify(defect.value)).join(', ')} but does not say which part of the request ${quoted.length > 1 ? 'they are' : 'it is'} (${quoted.map((defect) => defect.where.join('/')).join('; ')})`;
  }
  return null;
}

/** code → text → whether it explains; bounded (clearing changes no judgement) */
const explained = new Map<string, Map<string, boolean>>();
const EXPLAINED_MAX = 1024;

function squash(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Byte-identical operations: the same fields with the same values (key order aside). */
export function sameOperation(a: Operation, b: Operation): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
