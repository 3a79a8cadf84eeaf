// Oracles of the client's side of the protocol: an intent whose client crashed before its
// submit went out never reaches the system (4.1); nothing executes without a confirm that
// reached the incarnation that issued its challenge, and a client answers at most one
// challenge per request id (4.2).

import type { DurableRecord, Message, Operation, OperatorCommand } from '../../src/protocol.ts';
import { CONTROL_PLANE, Ev, FIRST_CLIENT, KERNEL, type Process, type SimEvent, type World } from '../world.ts';
import { sameOperation } from './control-plane.ts';
import { executedIn, type RequestFacts, type SentMessage } from './facts.ts';
import { Invariant } from './invariant.ts';

const CARRIES_WORK = new Set(['submit', 'confirm', 'challenge', 'dispatch']);

interface LostIntent {
  readonly operator: number;
  readonly intent: number;
  /** a request id the client displayed before crashing, if any */
  requestId: string | null;
  readonly step: number;
  readonly timeMs: number;
}

export class ClientCrashBeforeSubmit extends Invariant {
  readonly id = 'client.crash-before-submit';
  readonly clause = '4.1';
  /** request id → the operator's intent ("address:intent") its receipt was first shown for */
  private readonly receipts = new Map<string, { key: string; step: number }>();
  private readonly lost: LostIntent[] = [];
  /** the operator submit command being handled, and whether its submit went out */
  private handling: { event: SimEvent; intent: LostIntent; submitted: boolean } | null = null;

  onCommand(world: World, client: Process, command: OperatorCommand): void {
    if (command.kind !== 'submit') return;
    const intent: LostIntent = {
      operator: client.address - FIRST_CLIENT,
      intent: command.intent,
      requestId: null,
      step: world.steps,
      timeMs: world.time,
    };
    if (!client.up) {
      this.lost.push(intent); // typed into a client that is down: never submitted
      return;
    }
    this.handling = { event: world.currentEvent as SimEvent, intent, submitted: false };
  }

  onDisplay(world: World, client: Process, display: { kind: string; requestId?: string; intent?: number }): void {
    if (display.kind === 'request-id') {
      // the receipt names the intent the operator typed: the operator asks about a request
      // by the id shown for its intent, and an id shown for another intent sends it after
      // the wrong request (red team 12: an intent counter that restarts with the client)
      const event = world.currentEvent;
      const command = event !== null && event.kind === Ev.command && event.target === client.address ? (event.payload as OperatorCommand) : null;
      if (command !== null && (command.kind === 'submit' || command.kind === 'observe')) {
        this.check(client.incarnation > 1);
        if (display.intent !== command.intent) this.violate(world, display.requestId ?? '?', `${client.name}@${client.incarnation} showed request id ${display.requestId} for intent ${String(display.intent)}, but the operator typed intent ${command.intent}: the receipt names another request`);
        // a receipt names a new request: an id already given to another intent folds this
        // one into it (red team 23's client answered an operation typed again, a re-issue,
        // with the id of the earlier, settled request and sent nothing; 2, 8.1)
        const key = `${client.address}:${command.intent}`;
        const earlier = display.requestId !== undefined ? this.receipts.get(display.requestId) : undefined;
        if (earlier === undefined && display.requestId !== undefined) this.receipts.set(display.requestId, { key, step: world.steps });
        else if (earlier !== undefined && earlier.key !== key) {
          this.violate(world, display.requestId ?? '?', `${client.name}@${client.incarnation} showed request id ${display.requestId} for operator-${client.address - FIRST_CLIENT}'s intent ${command.intent}, an id it was given for another intent (${earlier.key.replace(/^(\d+):/, (_, address: string) => `operator-${Number(address) - FIRST_CLIENT}'s intent `)}): each intent the operator types is a new request`, [earlier.step]);
        }
      }
    }
    const handling = this.handling;
    if (handling !== null && handling.event === world.currentEvent && display.kind === 'request-id') {
      handling.intent.requestId = display.requestId ?? null;
    }
  }

  onSend(world: World, _id: number, _cause: number, source: Process, _target: Process, message: Message): void {
    if (source.role !== 'client' || message.kind !== 'submit') return;
    this.check(source.incarnation > 1); // after a restart, a kept intent could be resent

    const event = world.currentEvent;
    const command = event?.kind === Ev.command ? (event.payload as OperatorCommand) : null;
    if (command === null || command.kind !== 'submit') {
      this.violate(world, message.requestId, `${source.name}@${source.incarnation} sent submit ${message.requestId} without an operator command to submit it (an intent resubmitted on the client's own?)`);
      return;
    }
    if (this.handling !== null && this.handling.event === event) this.handling.submitted = true;
  }

  onCrash(world: World, process: Process): void {
    const handling = this.handling;
    if (handling === null || handling.event !== world.currentEvent || process.role !== 'client') return;
    if (!handling.submitted) this.lost.push(handling.intent);
    this.handling = null;
  }

  onEnd(world: World): void {
    const kernelRecords = (world.processes[KERNEL] as Process).records;
    const executed = executedIn(kernelRecords);
    if (this.lost.length === 0) return;
    // one pass over the requests, the messages and the audit log for all the lost intents
    // (a scan of each per lost intent made a long run's end cost the square of its length)
    // (operator, then intent: a client may show any number as an intent)
    const byIntent = new Map<number, Map<number, RequestFacts[]>>();
    for (const facts of this.facts.requests.values()) {
      let intents = byIntent.get(facts.operator);
      if (intents === undefined) byIntent.set(facts.operator, (intents = new Map()));
      const list = intents.get(facts.intent);
      if (list === undefined) intents.set(facts.intent, [facts]);
      else list.push(facts);
    }
    const lostIds = new Set(this.lost.map((intent) => intent.requestId));
    const reachedBy = new Map<string, SentMessage>();
    for (const sent of this.facts.messages) {
      if (sent !== undefined && lostIds.has(sent.message.requestId) && CARRIES_WORK.has(sent.message.kind) && !reachedBy.has(sent.message.requestId)) reachedBy.set(sent.message.requestId, sent);
    }
    const auditedExecuted = new Set<string>();
    for (const record of (world.processes[CONTROL_PLANE] as Process).records) if (record.kind === 'AUDIT' && record.outcome === 'executed') auditedExecuted.add(record.requestId);
    for (const intent of this.lost) {
      this.check(true);
      const subject = `operator-${intent.operator} intent ${intent.intent}`;
      const at = { step: intent.step, timeMs: intent.timeMs };
      for (const facts of byIntent.get(intent.operator)?.get(intent.intent) ?? []) {
        if (facts.displayedAtStep > intent.step) {
          this.violate(world, subject, `its client crashed before submitting, yet request ${facts.requestId} was raised for it later (step ${facts.displayedAtStep}) without the operator asking`, [facts.displayedAtStep], at);
        }
      }
      const requestId = intent.requestId;
      if (requestId === null) continue;
      // the operator saw the id and may ask about it; nothing else may carry it
      const reached = reachedBy.get(requestId);
      if (reached !== undefined) {
        this.violate(world, subject, `its client crashed before submitting ${requestId}, yet ${reached.message.kind} ${requestId} was sent at step ${reached.step}`, [reached.step], at);
      }
      if (executed.has(requestId)) this.violate(world, subject, `${requestId} executed although its client crashed before submitting it`, [], at);
      if (auditedExecuted.has(requestId)) {
        this.violate(world, subject, `an audit record says ${requestId} executed although its client crashed before submitting it`, [], at);
      }
    }
  }
}

export class ConfirmRequired extends Invariant {
  readonly id = 'confirm.required';
  readonly clause = '4.2';
  /** client address → request ids it has told its operator an outcome of */
  private readonly ended = new Map<number, Set<string>>();

  /** A request the client has told its operator an outcome of (even "no response") is over
   * for the operator: a challenge shown for it afterwards invites the confirm of an action
   * the operator was told had ended (2: explicit termination; 4.2). */
  onDisplay(world: World, client: Process, display: { kind: string; requestId?: string; operation?: Operation }): void {
    if (display.requestId === undefined) return;
    if (display.kind === 'challenge') this.showsWhatWasSubmitted(world, client, display.requestId, display.operation);
    if (display.kind === 'challenge') {
      // the token the facts (called first) just noted for this display
      const token = this.facts.challengesShown.get(display.requestId)?.at(-1)?.token ?? '';
      this.openChallenges.set(`${client.address}:${display.requestId}`, { incarnation: client.incarnation, step: world.steps, token });
    }
    else if (display.kind === 'outcome') {
      const key = `${client.address}:${display.requestId}`;
      this.openChallenges.delete(key);
      // an answer the client held back and never passed on, and now the request is over
      const owed = this.owed.get(key);
      if (owed !== undefined && owed.incarnation === client.incarnation) {
        this.owed.delete(key);
        this.dropped(world, client, display.requestId, owed, `before it showed the operator an outcome of it`);
      }
    }
    let ended = this.ended.get(client.address);
    if (display.kind === 'outcome') {
      if (ended === undefined) this.ended.set(client.address, (ended = new Set()));
      ended.add(display.requestId);
    } else if (display.kind === 'challenge') {
      const over = ended?.has(display.requestId) ?? false;
      this.check(over || this.facts.stressed.has(display.requestId));
      if (over) this.violate(world, display.requestId, `${client.name}@${client.incarnation} showed a challenge for ${display.requestId} after telling its operator an outcome of it: an action that ended is not offered again`);
      // nor is a question asked again once this incarnation passed on its operator's answer
      // (red team 21's client showed a copy of the challenge after the confirm went out, as
      // if nothing had been confirmed: 1, no ambiguity about what has executed)
      const answered = this.answered.get(`${client.address}:${display.requestId}`);
      const held = this.owed.get(`${client.address}:${display.requestId}`);
      if (!over && answered !== undefined && answered.incarnation === client.incarnation) {
        this.violate(world, display.requestId, `${client.name}@${client.incarnation} showed its operator a challenge for ${display.requestId} after it had sent the operator's ${answered.kind} of it: a challenge answered is not asked again`, [answered.step]);
      } else if (!over && held !== undefined && held.incarnation === client.incarnation) {
        // or answered and held back, not yet sent (red team 22's client offered a copy of
        // the challenge again while it held the operator's abandon)
        this.violate(world, display.requestId, `${client.name}@${client.incarnation} showed its operator a challenge for ${display.requestId} after the operator typed ${held.kind} for it (held back, not yet sent): a challenge answered is not asked again`, [held.step, held.typedAt]);
      }
    }
  }

  /** 4.2 (and 1: no ambiguity about what executes): the challenge an operator is asked to
   * confirm shows exactly the operation that operator submitted, as the control plane's
   * challenge carried it — a confirm is consent to what was shown, and what executes is
   * what was submitted. */
  private showsWhatWasSubmitted(world: World, client: Process, requestId: string, shown: Operation | undefined): void {
    const challenge = this.facts.message(world.cause);
    const carried = challenge !== undefined && challenge.message.kind === 'challenge' && challenge.message.requestId === requestId ? challenge.message.operation : null;
    const submitted = this.facts.requests.get(requestId)?.operation ?? carried;
    if (submitted === null) return;
    this.check(true);
    if (shown === undefined || !sameOperation(shown, submitted)) {
      this.violate(world, requestId, `${client.name}@${client.incarnation} asked its operator to confirm ${requestId} as ${shown === undefined ? 'no operation' : JSON.stringify(shown)}, but the operation submitted${carried !== null && sameOperation(carried, submitted) ? ' (and carried by the challenge)' : ''} is ${JSON.stringify(submitted)}: a confirm is consent to what was shown`, challenge !== undefined ? [challenge.step] : []);
    }
  }

  /** "address:request" → the challenge the live incarnation of that client showed for the
   * request and has neither answered nor seen end (an outcome shown since) */
  private readonly openChallenges = new Map<string, { incarnation: number; step: number; token: string }>();
  /** an operator's confirm or abandon of an open challenge, being handled by its client */
  private pendingAnswer: { address: number; incarnation: number; requestId: string; kind: string; step: number; typedAt: number; token: string } | null = null;
  /** "address:request" → the latest confirm or abandon that client sent about it */
  private readonly answered = new Map<string, { incarnation: number; kind: string; step: number }>();
  /** "address:request" → an operator's confirm or abandon its client did not send while
   * handling the command, and has not sent since: owed to the control plane */
  private readonly owed = new Map<string, { incarnation: number; kind: string; alternative: string | null; step: number; typedAt: number; token: string }>();
  /** "address:incarnation:request" for every submit a client incarnation sent */
  private readonly submitted = new Set<string>();

  /** The operator's confirm or abandon of a challenge its client showed is passed on (4.2:
   * the confirm is what lets it execute; 8.2 and 9: an abandon is an operator-induced
   * failure, logged where it is received). Red team 14's client dropped the abandon: nothing
   * was sent, nothing was ever logged, and every explicit abandon became a silent
   * walk-away. It is sent in that handler, or later by the same incarnation (from a timer,
   * say: red team 17's correct client passed answers on from a 1 ms timer) before that
   * incarnation shows an outcome of the request or the run ends; a crash in between loses
   * it, as a crash before the handler would. */
  onCommand(world: World, client: Process, command: OperatorCommand): void {
    this.pendingAnswer = null;
    if ((command.kind !== 'confirm' && command.kind !== 'abandon') || !client.up) return;
    const open = this.openChallenges.get(`${client.address}:${command.requestId}`);
    if (open === undefined || open.incarnation !== client.incarnation) return;
    this.pendingAnswer = { address: client.address, incarnation: client.incarnation, requestId: command.requestId, kind: command.kind, step: open.step, typedAt: world.steps, token: open.token };
  }

  onHandled(world: World, process: Process): void {
    const pending = this.pendingAnswer;
    if (pending === null || process.address !== pending.address) return;
    this.pendingAnswer = null;
    if (process.incarnation !== pending.incarnation) return;
    this.check(this.facts.stressed.has(pending.requestId));
    const key = `${pending.address}:${pending.requestId}`;
    if (!this.openChallenges.has(key)) return;
    // a second answer typed while the first is held: an abandon typed after a held confirm
    // may replace it (the operator's last word: red team 22's correct client) or abandon
    // nothing (a confirm stands, as the reference client's does: red team 24's), so either
    // may go out; a confirm typed after a held abandon confirms nothing (8.2)
    const held = this.owed.get(key);
    if (held !== undefined && held.incarnation === pending.incarnation) {
      if (held.kind === 'confirm' && pending.kind === 'abandon') held.alternative = 'abandon';
      return;
    }
    this.owed.set(key, { incarnation: pending.incarnation, kind: pending.kind, alternative: null, step: pending.step, typedAt: pending.typedAt, token: pending.token });
  }

  private dropped(world: World, client: Process, requestId: string, owed: { kind: string; step: number; typedAt: number }, when: string): void {
    this.violate(world, requestId, `operator-${client.address - FIRST_CLIENT} typed ${owed.kind} for ${requestId}, whose challenge ${client.name}@${client.incarnation} showed it, and the client sent no ${owed.kind} of it ${when}: the operator's answer was dropped, so it can be neither carried out nor logged`, [owed.step, owed.typedAt]);
  }

  onCrash(_world: World, process: Process): void {
    if (process.role !== 'client' || this.owed.size === 0) return;
    const prefix = `${process.address}:`;
    for (const key of [...this.owed.keys()]) if (key.startsWith(prefix)) this.owed.delete(key);
  }

  onSend(world: World, _id: number, _cause: number, source: Process, _target: Process, message: Message): void {
    if (source.role === 'client' && message.kind === 'submit') this.submitted.add(`${source.address}:${source.incarnation}:${message.requestId}`);
    if (source.role !== 'client' || (message.kind !== 'confirm' && message.kind !== 'abandon')) return;
    const requestId = message.requestId;
    this.openChallenges.delete(`${source.address}:${requestId}`);
    this.answered.set(`${source.address}:${requestId}`, { incarnation: source.incarnation, kind: message.kind, step: world.steps });
    const facts = this.facts.request(requestId);
    const shown = this.facts.challengesShown.get(requestId) ?? [];
    this.check(this.facts.stressed.has(requestId) || source.incarnation > 1 || shown.length !== 1);
    // only the operator confirms or abandons, and only a challenge this very incarnation
    // showed it: after a restart the action is discarded (4.2), whatever the client kept
    const event = world.currentEvent;
    const command = event?.kind === Ev.command ? (event.payload as OperatorCommand) : null;
    const key = `${source.address}:${requestId}`;
    const owed = this.owed.get(key);
    this.owed.delete(key);
    const passedOnLater = owed !== undefined && owed.incarnation === source.incarnation && (owed.kind === message.kind || owed.alternative === message.kind);
    if (!passedOnLater && (command === null || command.kind !== message.kind || command.requestId !== requestId)) {
      this.violate(world, requestId, `${source.name}@${source.incarnation} sent ${message.kind} ${requestId} without the operator typing ${message.kind} for it (${command === null ? 'not while handling an operator command' : `while handling the operator's ${command.kind}`})`);
      return;
    }
    const mine = shown.filter((challenge) => challenge.address === source.address && challenge.incarnation === source.incarnation);
    if (mine.length === 0) {
      const earlier = shown.find((challenge) => challenge.address === source.address);
      this.violate(
        world,
        requestId,
        earlier !== undefined
          ? `${source.name}@${source.incarnation} sent ${message.kind} ${requestId} for a challenge shown by ${source.name}@${earlier.incarnation} before a restart: a challenge left unanswered at a crash is discarded`
          : `${source.name}@${source.incarnation} sent ${message.kind} ${requestId}, but never showed its operator a challenge for it`,
        earlier !== undefined ? [earlier.step] : [],
      );
      return;
    }
    if (!mine.some((challenge) => challenge.token === message.token)) {
      this.violate(world, requestId, `${source.name}@${source.incarnation} sent ${message.kind} ${requestId} carrying a token other than the one of the challenge it showed`, mine.map((challenge) => challenge.step));
      return;
    }
    // an answer passed on later answers the challenge shown when the operator typed it, not
    // one shown since (red team 22's client put a restarted control plane's new token on a
    // confirm typed before that challenge existed: consent to a question never answered)
    if (passedOnLater && owed.token !== '' && message.token !== owed.token) {
      this.violate(world, requestId, `${source.name}@${source.incarnation} sent the operator's ${message.kind} of ${requestId}, typed while the challenge with token ${owed.token} was shown, carrying the token ${message.token} of a challenge shown after it: the operator never answered that challenge`, [owed.step, owed.typedAt]);
      return;
    }
    // only a request this incarnation submitted: one an earlier incarnation left unconfirmed
    // at a crash is discarded (4.2), and no in-flight state is recovered (10). Red team 22's
    // client adopted a crashed predecessor's request when its challenge arrived, and the
    // operator's confirm executed it.
    if (!this.submitted.has(`${source.address}:${source.incarnation}:${requestId}`)) {
      let earlier = 0;
      for (let incarnation = source.incarnation - 1; incarnation >= 1 && earlier === 0; incarnation--) if (this.submitted.has(`${source.address}:${incarnation}:${requestId}`)) earlier = incarnation;
      this.violate(world, requestId, `${source.name}@${source.incarnation} sent ${message.kind} ${requestId}, a request it never submitted${earlier > 0 ? ` (${source.name}@${earlier} did, and crashed before its operator's answer went out)` : ''}: an action left unconfirmed at a crash is discarded, and no in-flight state is recovered`, mine.map((challenge) => challenge.step));
      return;
    }
    if (facts.challengeAnswers > 1) {
      this.violate(world, requestId, `a client answered a challenge for ${requestId} for the ${ordinal(facts.challengeAnswers)} time (${message.kind}); a client answers at most one challenge per request id`);
    }
  }

  onEnd(world: World): void {
    for (const [key, owed] of this.owed) {
      const client = world.processes[Number(key.slice(0, key.indexOf(':')))];
      if (client !== undefined && client.incarnation === owed.incarnation) this.dropped(world, client, key.slice(key.indexOf(':') + 1), owed, 'by the end of the run');
    }
    for (const requestId of executedIn((world.processes[KERNEL] as Process).records).keys()) {
      this.check(this.facts.stressed.has(requestId));
      const facts = this.facts.requests.get(requestId);
      // a confirm carrying its token reached the issuing incarnation before the dispatch
      const dispatchedAt = facts?.dispatches[0]?.step ?? Infinity;
      const confirmed = facts?.confirmsDelivered.some((confirm) => {
        const token = this.facts.tokens.get(confirm.token);
        return token !== undefined && token.requestId === requestId && token.incarnation === confirm.incarnation && confirm.step <= dispatchedAt;
      });
      if (confirmed !== true) {
        const dispatch = facts?.dispatches[0];
        this.violate(
          world,
          requestId,
          facts === undefined || facts.confirmsDelivered.length === 0
            ? `${requestId} executed, but no confirm for it ever reached the control plane`
            : `${requestId} executed, but no confirm carrying its token reached the incarnation that issued the token`,
          dispatch !== undefined ? [dispatch.step] : [],
          dispatch !== undefined ? { step: dispatch.step, timeMs: dispatch.timeMs } : undefined,
        );
      }
    }
  }
}

export function ordinal(n: number): string {
  return n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}
