// Oracles of what the operator is told: outcomes come from kernel state, never guesses
// (4.3, 5.2, 7.2); kernel rejections are shown verbatim and final (7.1); nothing executes
// twice and every later copy is a DUPLICATE naming the first decision, which is what the
// operator is told (6.2).

import type { Decision, Display, DurableRecord, KernelRecord, Message, OperatorCommand } from '../../src/protocol.ts';
import type { Scenario } from '../scenario.ts';
import { CONTROL_PLANE, Ev, FIRST_CLIENT, KERNEL, type Process, type World } from '../world.ts';
import { classifyAnswer, firstDecisionOf, HeldChecks, Obligation, outcomeOfDecision } from './causality.ts';
import { executedIn, type Facts, incarnationKey, outcomeOf, type SentMessage, type Told } from './facts.ts';
import { Invariant } from './invariant.ts';
import { ordinal } from './client.ts';

/** A client incarnation's questions about one request (see OutcomeFromKernel.questions). */
interface Question {
  readonly who: number;
  /** questions no display has answered yet */
  open: number;
  /** confirms the operator typed that the client has not sent yet (each was counted as a
   * question when typed) */
  typedConfirms: number;
  lastAskMs: number;
  lastAskStep: number;
}

export class OutcomeFromKernel extends Invariant {
  readonly id = 'outcome.from-kernel';
  readonly clause = '4.3, 5.2, 7.2';
  /** a kernel reply stating EXEC or FENCE must reach the clients owed it, and be shown */
  private readonly surfacing = new Obligation(this.facts, (message, target, source) => {
    if (target.address === CONTROL_PLANE) {
      const first = source === KERNEL ? firstDecisionOf(message) : null;
      return first !== null && first.kind !== 'REJECT' ? `the kernel's ${message.kind} stating ${first.kind}` : null;
    }
    return target.role === 'client' && message.kind === 'answer' && message.rejection === null ? `an answer (${message.outcome})` : null;
  });

  onDeliver(world: World, _id: number, source: number, _sourceIncarnation: number, target: Process, message: Message): void {
    this.surfacing.onDeliver(world, source, target, message);
  }

  /** decision records the kernel wrote ahead: appended after it had synced a record
   * appended in the same handler (an intent, say) */
  private readonly writtenAhead = new Set<DurableRecord>();
  /** the step of the kernel's latest append, and how long its log was before that step's
   * first append */
  private appendStep = -1;
  private appendHandlerStart = 0;

  onAppend(world: World, process: Process, record: DurableRecord): void {
    if (process.address !== KERNEL) return;
    if (world.steps !== this.appendStep) {
      this.appendStep = world.steps;
      this.appendHandlerStart = process.records.length - 1;
    }
    if (process.synced > this.appendHandlerStart && (record.kind === 'EXEC' || record.kind === 'REJECT' || record.kind === 'FENCE')) this.writtenAhead.add(record);
  }

  onHandled(world: World, process: Process): void {
    if (process.address === KERNEL && this.heldReplies.length > 0) this.judgeHeldReplies(world, process);
    this.held.release(process);
    const result = this.surfacing.onHandled(process);
    if (result === null) return;
    this.check(true);
    if (result.unpaid.length === 0) return;
    const step = world.steps;
    this.held.judgeOrHold(process, () => {
      const unpaid = this.surfacing.stillUnpaid(process, result);
      if (unpaid.length === 0) return;
      const who = process.address === CONTROL_PLANE ? `control-plane@${process.incarnation} did not pass it on to ${unpaid.map((address) => `client-${address - FIRST_CLIENT}`).join(', ')}, which asked about it` : `${process.name}@${process.incarnation} did not show it to its operator, who was waiting for it`;
      this.violate(world, result.requestId, `${result.what} about ${result.requestId} arrived${step !== world.steps ? ` (step ${step})` : ''} and ${who}${step !== world.steps ? ' by the time its audit log was synced' : ''}: the outcome is hidden`, step !== world.steps ? [step] : []);
    });
  }

  /** obligations of control-plane steps that held their answers for an audit sync */
  private readonly held = new HeldChecks();

  /** per request: each client incarnation that asked about it (address × 2^16 +
   * incarnation), how many of its questions (submit, observe, confirm, outcome query) no
   * display has answered yet, and when it sent the latest */
  private readonly questions = new Map<string, Question[]>();

  constructor(
    facts: Facts,
    /** for the client's response timeout (null: not judged) */
    private readonly scenario: Scenario | null = null,
  ) {
    super(facts);
  }

  /** An operator's confirm or outcome question reaching a client: a question, whether the
   * client sends it on or answers it itself (from a final decision it was told: red team
   * 12's correct-client-remembers-final-answers). */
  onCommand(world: World, client: Process, command: OperatorCommand): void {
    if (command.kind === 'confirm' || command.kind === 'ask-outcome') {
      const entry = this.question(world, client, command.requestId);
      if (command.kind === 'confirm' && client.up) entry.typedConfirms++;
    }
  }

  private asked(world: World, source: Process, message: Message): void {
    // a confirm or outcome query the operator typed was counted as the command arrived; a
    // confirm passed on later (from a timer: red team 17's and 22's clients) was counted
    // as it was typed, too
    const event = world.currentEvent;
    if (message.kind === 'confirm') {
      const entry = this.entryOf(source, message.requestId);
      if (entry !== undefined && entry.typedConfirms > 0) {
        entry.typedConfirms--;
        return;
      }
    }
    if (message.kind === 'outcome-query' && event !== null && event.kind === Ev.command && event.target === source.address) {
      const command = event.payload as OperatorCommand;
      if (command.kind === 'ask-outcome' && command.requestId === message.requestId) return;
    }
    this.question(world, source, message.requestId);
  }

  /** An abandon sent where the operator's typed confirm was held back: the operator's last
   * word replaced the confirm (red team 22's correct client), so the question that confirm
   * asked was withdrawn — nothing answers an abandon. Red team 24's client then waited for
   * an answer to the confirm it never sent and told its operator "no response, outcome
   * unknown" about a request its abandon had settled (1: no ambiguity about what executed). */
  private withdrawn(source: Process, requestId: string): void {
    const entry = this.entryOf(source, requestId);
    if (entry === undefined || entry.typedConfirms === 0) return;
    entry.open = Math.max(0, entry.open - entry.typedConfirms);
    entry.typedConfirms = 0;
  }

  private entryOf(source: Process, requestId: string): Question | undefined {
    const who = incarnationKey(source.address, source.incarnation);
    return this.questions.get(requestId)?.find((question) => question.who === who);
  }

  private question(world: World, source: Process, requestId: string): Question {
    const who = incarnationKey(source.address, source.incarnation);
    let list = this.questions.get(requestId);
    if (list === undefined) this.questions.set(requestId, (list = []));
    let entry = list.find((question) => question.who === who);
    if (entry === undefined) list.push((entry = { who, open: 0, typedConfirms: 0, lastAskMs: 0, lastAskStep: 0 }));
    entry.open++;
    entry.lastAskMs = world.time;
    entry.lastAskStep = world.steps;
    return entry;
  }

  /** 4.3, 10: an outcome a client incarnation shows answers a question that incarnation
   * asked (its submit, confirm or outcome query): an answer addressed to an incarnation
   * that crashed is not taken up by its successor, which did not ask. Each question gets
   * at most one answer on the screen (a challenge, an outcome or a state): an outcome shown
   * after every question was answered — a timer left running past an answer or an
   * abandon — tells the operator something nobody asked, about a request that had ended
   * (1: no ambiguity; 2: explicit termination). And "no response" is true only once the
   * latest question has waited the client's whole response timeout. */
  /** Whether the challenge this client incarnation just showed (facts has noted it) repeats
   * the one it showed last for the request — the same token — with no outcome of the
   * request shown, and nothing sent about it, by that incarnation in between. */
  private sameChallengeAgain(client: Process, requestId: string): boolean {
    const shown = this.facts.challengesShown.get(requestId);
    if (shown === undefined) return false;
    let latest: (typeof shown)[number] | undefined;
    let previous: (typeof shown)[number] | undefined;
    for (const challenge of shown) {
      if (challenge.address !== client.address || challenge.incarnation !== client.incarnation) continue;
      previous = latest;
      latest = challenge;
    }
    if (latest === undefined || previous === undefined || latest.token === '' || latest.token !== previous.token) return false;
    const told = this.facts.requests.get(requestId)?.told ?? [];
    if (told.some((outcome) => outcome.incarnation === client.incarnation && outcome.operator === client.address - FIRST_CLIENT && outcome.step > previous.step)) return false;
    return this.facts.lastClientSend(requestId, client.address, client.incarnation) <= previous.step;
  }

  onDisplay(world: World, client: Process, display: Display): void {
    if (display.kind !== 'outcome' && display.kind !== 'challenge' && display.kind !== 'observed') return;
    const who = incarnationKey(client.address, client.incarnation);
    const question = this.questions.get(display.requestId)?.find((entry) => entry.who === who);
    if (question !== undefined) {
      this.check(this.facts.stressed.has(display.requestId));
      if (question.open === 0 && display.kind === 'challenge' && this.sameChallengeAgain(client, display.requestId)) {
        // the challenge it already showed, shown again (a network copy of it arrived while
        // the operator had not answered: red team 19's client): the same answer repeated,
        // not a new one; a confirm or abandon of it is still one per request (confirm.required)
      } else if (question.open === 0) {
        this.violate(world, display.requestId, `${client.name}@${client.incarnation} showed its operator ${display.kind === 'outcome' ? `an outcome of ${display.requestId} (${display.outcome}, ${display.source})` : `a ${display.kind} for ${display.requestId}`}, but it had already shown an answer to every question it asked about it: an answer nobody asked for, about a request that had ended`, [question.lastAskStep]);
      } else {
        question.open--;
      }
      const event = world.currentEvent;
      if (display.kind === 'outcome' && this.scenario !== null && event !== null && event.kind === Ev.timer && event.target === client.address) {
        const timeoutMs = this.scenario.timeouts.clientResponseMs;
        const due = question.lastAskMs + world.timerDelay(client.address, timeoutMs);
        this.check(true);
        // a client that measures its timeout with now() on a clock of its own (red team 28's
        // ticking timer) may see it run out a millisecond before virtual time does
        if (world.time < due - (world.ownClock(client.address) ? 1 : 0)) {
          this.violate(world, display.requestId, `${client.name}@${client.incarnation} showed its operator ${display.requestId}'s outcome as ${display.outcome} on a timer at ${world.time} ms, ${world.time - question.lastAskMs} ms after its latest question about it: no response can be told before that question has waited the ${timeoutMs} ms response timeout (due at ${due} ms)`, [question.lastAskStep]);
        }
      }
    }
    if (display.kind !== 'outcome') return;
    this.check(client.incarnation > 1);
    if (this.facts.askedBy(display.requestId, client.address, client.incarnation)) return;
    const answer = this.facts.message(world.cause);
    this.violate(world, display.requestId, `${client.name}@${client.incarnation} showed its operator an outcome of ${display.requestId} (${display.outcome}), but that incarnation sent nothing about ${display.requestId}: an answer to an earlier incarnation's question is in-flight state, not recovered (10); an outcome comes from the kernel, asked for by this incarnation (4.3)`, answer !== undefined ? [answer.step] : []);
  }

  /** What the control plane answers on a kernel reply is what the reply states; what it
   * answers on a timer or a stale confirm is "unknown", never a guess. */
  onSend(world: World, id: number, _cause: number, source: Process, _target: Process, message: Message): void {
    if (source.address === KERNEL) {
      this.replyIsDurable(world, source, message);
      return;
    }
    if (source.role === 'client') {
      if (message.kind === 'submit' || message.kind === 'observe' || message.kind === 'confirm' || message.kind === 'outcome-query') this.asked(world, source, message);
      else if (message.kind === 'abandon') this.withdrawn(source, message.requestId);
      return;
    }
    if (source.address !== CONTROL_PLANE || message.kind !== 'answer') return;
    const sent = this.facts.message(id);
    if (sent === undefined) return;
    const answerClass = classifyAnswer(this.facts, sent);
    const requestId = message.requestId;
    if (answerClass.kind === 'kernel') {
      this.check(this.facts.stressed.has(requestId) || answerClass.reply.message.kind !== 'decision');
      const expected = outcomeOfDecision(answerClass.first);
      if (message.outcome !== expected) {
        this.violate(world, requestId, `the kernel's ${answerClass.reply.message.kind} stated ${requestId}'s first decision ${answerClass.first.kind}, but control-plane@${source.incarnation} answered "${message.outcome}": the outcome must be taken from kernel state`, [answerClass.reply.step]);
      }
    } else if (answerClass.kind === 'timeout' || answerClass.kind === 'stale-confirm') {
      this.check(true);
      if (message.outcome !== 'unknown') {
        this.violate(world, requestId, `control-plane@${source.incarnation} answered "${message.outcome}" about ${requestId} ${answerClass.kind === 'timeout' ? 'from a timer, with no kernel reply in hand' : 'on refusing a stale confirm'}: a guess`);
      }
    }
  }

  /** A kernel reply is a kernel acknowledgement: what it states about a request's first
   * decision must already be in the kernel's synced log when it is sent (5.3, 7.2: the
   * outcome is what kernel durability proves). A kernel that acknowledges before it syncs
   * is caught here in every run, not only when a crash happens to fall in the window. */
  private replyIsDurable(world: World, kernel: Process, message: Message): void {
    const stated = firstDecisionOf(message);
    if (stated === null) return;
    this.check(true);
    const requestId = message.requestId;
    const index = this.facts.firstRecordAt(requestId);
    const record = index >= 0 ? (kernel.records[index] as KernelRecord) : undefined;
    if (record !== undefined && index < kernel.synced && sameDecision(decisionOf(record), stated)) return;
    // written ahead: the kernel had synced a record of the same handler before it appended
    // this decision (red team 18's kernel syncs each dispatch as an intent, decides,
    // replies, and syncs the decision with the next intent; a restart re-decides a logged
    // intent). Roll-forward is the kernel's own (11) and its durable log decides the outcome
    // (7.2), so such a decision must be the request's first in the log at the end, after
    // any crash and restart (kernelReplies). A kernel that replies with nothing of the
    // handler synced is still caught here, in every run.
    if (record !== undefined && sameDecision(decisionOf(record), stated) && this.writtenAhead.has(record)) return;
    // or written after the reply, in the same handler, once a record of it was synced (red
    // team 21's kernel appends the decision after it replies): an unsynced append makes
    // nothing more durable before the reply than after it. Judged when the handler ends; a
    // crash before then leaves it to the log at the end (kernelReplies).
    if (record === undefined && this.appendStep === world.steps && kernel.synced > this.appendHandlerStart) {
      this.heldReplies.push({ requestId, stated, kind: message.kind, incarnation: kernel.incarnation });
      return;
    }
    this.notDurable(world, kernel, requestId, message.kind, stated, record, index);
  }

  /** kernel replies of the handler under way whose decision was not yet appended */
  private heldReplies: { requestId: string; stated: Decision; kind: string; incarnation: number }[] = [];

  private judgeHeldReplies(world: World, kernel: Process): void {
    const held = this.heldReplies;
    this.heldReplies = [];
    for (const reply of held) {
      const index = this.facts.firstRecordAt(reply.requestId);
      const record = index >= 0 ? (kernel.records[index] as KernelRecord) : undefined;
      if (record !== undefined && sameDecision(decisionOf(record), reply.stated) && (index < kernel.synced || this.writtenAhead.has(record))) continue;
      this.notDurable(world, kernel, reply.requestId, reply.kind, reply.stated, record, index);
    }
  }

  onCrash(_world: World, process: Process): void {
    if (process.address === KERNEL) this.heldReplies = [];
    this.held.onCrash(process);
  }

  private notDurable(world: World, kernel: Process, requestId: string, kind: string, stated: Decision, record: KernelRecord | undefined, index: number): void {
    const why = record === undefined ? 'its log holds no decision for it' : index >= kernel.synced ? `its ${record.kind} record for it is not synced yet` : `its log's first decision for it is ${describe(decisionOf(record))}`;
    this.violate(world, requestId, `kernel@${kernel.incarnation}'s ${kind} stated ${requestId}'s first decision ${describe(stated)}, but ${why}: an acknowledgement must be durable when it is given (its decision synced, or written ahead: a record of the same handler synced before the decision was appended)`);
  }

  /** Every first decision the kernel stated in a reply is its log's first decision for that
   * request at the end: a reply speaks only of a decision made durable (a fence or an EXEC
   * acknowledged and then lost in a crash told the operator something kernel state denies). */
  private kernelReplies(world: World): void {
    const first = firstDecisions((world.processes[KERNEL] as Process).records);
    for (const sent of this.facts.messages) {
      if (sent === undefined || sent.source !== KERNEL) continue;
      const stated = firstDecisionOf(sent.message);
      if (stated === null) continue;
      const requestId = sent.message.requestId;
      this.check(this.facts.kernelCrashes > 0);
      const record = first.get(requestId);
      const durable = record === undefined ? null : decisionOf(record);
      if (durable === null || !sameDecision(durable, stated)) {
        this.violate(world, requestId, `the kernel's ${sent.message.kind} stated ${requestId}'s first decision ${describe(stated)}, but its log at the end says ${durable === null ? 'nothing' : describe(durable)}: a reply spoke of a decision that was not durable`, [sent.step], sent);
      }
    }
  }

  onEnd(world: World): void {
    this.held.onEnd(world);
    this.kernelReplies(world);
    const executed = executedIn((world.processes[KERNEL] as Process).records);
    for (const facts of this.facts.requests.values()) {
      for (const told of facts.told) {
        if (told.outcome === 'unknown') continue;
        this.check(this.facts.stressed.has(facts.requestId));
        const subject = facts.requestId;
        const at = { step: told.step, timeMs: told.timeMs };
        const isExecuted = executed.has(facts.requestId);
        const provenance = this.provenance(facts.requestId, told);
        if (told.outcome === 'executed') {
          if (!isExecuted) {
            this.violate(world, subject, `operator-${told.operator} was told ${subject} executed, but the kernel's log holds no EXEC for it at the end`, provenance.steps, at);
          } else if (provenance.kernel === null || !statesExecuted(provenance.kernel.message)) {
            this.violate(world, subject, `operator-${told.operator} was told ${subject} executed without a kernel reply stating it (${provenance.why}): a guess`, provenance.steps, at);
          }
          continue;
        }
        if (isExecuted) {
          this.violate(world, subject, `operator-${told.operator} was told ${subject} did not execute, but the kernel's log holds its EXEC at the end`, provenance.steps, at);
        } else if (!provenance.validation && (provenance.kernel === null || !statesNotExecuted(provenance.kernel.message))) {
          this.violate(world, subject, `operator-${told.operator} was told ${subject} did not execute without a kernel reply stating its first decision (${provenance.why})`, provenance.steps, at);
        }
      }
    }
  }

  /** Follows the causal chain of what the operator was told: display ← the control plane's
   * answer ← what the control plane was handling when it answered. */
  private provenance(requestId: string, told: Told, depth = 0): { kernel: SentMessage | null; validation: boolean; why: string; steps: number[] } {
    const answer = this.facts.message(told.cause);
    if (answer === undefined || answer.message.kind !== 'answer' || answer.message.requestId !== requestId) {
      // a client may repeat a definitive outcome this very incarnation was told from the
      // kernel (a first decision is final): asked again, it answers from what it was told
      const earlier = depth > 0 ? undefined : this.facts.requests.get(requestId)?.told.find((other) => other.step < told.step && other.operator === told.operator && other.incarnation === told.incarnation && other.outcome === told.outcome && other.cause !== 0);
      if (earlier !== undefined) {
        const first = this.provenance(requestId, earlier, depth + 1);
        if (first.kernel !== null || first.validation) return { ...first, why: `repeating what it was told at step ${earlier.step} (${first.why})`, steps: [earlier.step, ...first.steps] };
      }
      return { kernel: null, validation: false, why: `the client said so on its own (${told.source})`, steps: [] };
    }
    const trigger = this.facts.message(answer.cause);
    const steps = [answer.step];
    if (trigger === undefined) {
      return { kernel: null, validation: false, why: `the control plane answered from a ${answer.cause === 0 ? 'timer or start' : 'non-message'} (${answer.message.source})`, steps };
    }
    steps.push(trigger.step);
    if (trigger.source === KERNEL && trigger.message.requestId === requestId) return { kernel: trigger, validation: false, why: trigger.message.kind, steps };
    if (trigger.message.kind === 'outcome-query' && trigger.message.requestId === requestId) {
      // answered from a first decision this control-plane incarnation heard from the kernel
      const reply = this.facts.rememberedDecision(requestId, answer.sourceIncarnation, answer.step);
      if (reply !== null) return { kernel: reply, validation: false, why: `${reply.message.kind} it received at step ${reply.step}`, steps: [...steps, reply.step] };
      // or from its own validation of the request's submit, repeated (causality.ts)
      const answerClass = classifyAnswer(this.facts, answer);
      if (answerClass.kind === 'validation') return { kernel: null, validation: true, why: 'its own validation of the submit, repeated', steps };
    }
    if (trigger.message.kind === 'submit' && trigger.message.requestId === requestId) {
      const challenged = (this.facts.requests.get(requestId)?.tokens ?? []).some((token) => (this.facts.tokens.get(token)?.step ?? Infinity) < answer.step);
      return { kernel: null, validation: !challenged, why: challenged ? 'a rejection after a challenge, not from validation' : 'validation', steps };
    }
    return { kernel: null, validation: false, why: `the control plane answered while handling ${trigger.message.kind} ${trigger.message.requestId}`, steps };
  }
}

function statesExecuted(message: Message): boolean {
  return (
    (message.kind === 'decision' && message.decision.kind === 'EXEC') ||
    (message.kind === 'duplicate' && message.first.kind === 'EXEC') ||
    (message.kind === 'query-answer' && message.executed)
  );
}

function statesNotExecuted(message: Message): boolean {
  return (
    (message.kind === 'decision' && message.decision.kind === 'REJECT') ||
    (message.kind === 'duplicate' && message.first.kind !== 'EXEC') ||
    (message.kind === 'query-answer' && !message.executed)
  );
}

export class RejectVerbatim extends Invariant {
  readonly id = 'reject.verbatim';
  readonly clause = '7.1';
  /** request id → the step at which a kernel reply stating REJECT reached the control plane */
  private readonly rejected = new Map<string, number>();
  /** a kernel REJECT must reach the clients owed it, and be shown (7.1: surfaced) */
  private readonly surfacing = new Obligation(this.facts, (message, target, source) => {
    if (target.address === CONTROL_PLANE) {
      const first = source === KERNEL ? firstDecisionOf(message) : null;
      return first !== null && first.kind === 'REJECT' ? `the kernel's ${message.kind} stating REJECT ${first.rejection.code}` : null;
    }
    return target.role === 'client' && message.kind === 'answer' && message.rejection !== null ? `a rejection (${message.rejection.code})` : null;
  });

  onHandled(world: World, process: Process): void {
    this.held.release(process);
    const result = this.surfacing.onHandled(process);
    if (result === null) return;
    this.check(true);
    if (result.unpaid.length === 0) return;
    const step = world.steps;
    this.held.judgeOrHold(process, () => {
      if (this.surfacing.stillUnpaid(process, result).length === 0) return;
      const who = process.address === CONTROL_PLANE ? `control-plane@${process.incarnation} did not pass it on to the clients that asked` : `${process.name}@${process.incarnation} did not show it to its operator, who was waiting`;
      this.violate(world, result.requestId, `${result.what} about ${result.requestId} arrived${step !== world.steps ? ` (step ${step})` : ''} and ${who}${step !== world.steps ? ' by the time its audit log was synced' : ''}: a rejection must be surfaced`, step !== world.steps ? [step] : []);
    });
  }

  /** obligations of control-plane steps that held their answers for an audit sync */
  private readonly held = new HeldChecks();

  /** A display of an answer that carried a rejection shows that rejection, unchanged. */
  onDisplay(world: World, client: Process, display: Display): void {
    if (display.kind !== 'outcome') return;
    const answer = this.facts.message(world.cause);
    if (answer === undefined || answer.message.kind !== 'answer' || answer.message.requestId !== display.requestId) return;
    const carried = answer.message.rejection;
    if (carried === null && display.rejection === null) return;
    this.check(true);
    if (display.text !== answer.message.text) {
      this.violate(world, display.requestId, `${client.name}@${client.incarnation} was given ${JSON.stringify(answer.message.text)} for ${display.requestId} and showed its operator ${JSON.stringify(display.text)}: a rejection is shown as it came`, [answer.step]);
    } else if (carried === null || display.rejection === null || carried.code !== display.rejection.code || carried.text !== display.rejection.text) {
      this.violate(world, display.requestId, `${client.name}@${client.incarnation} was given ${carried === null ? 'no rejection' : JSON.stringify(`${carried.code}: ${carried.text}`)} for ${display.requestId} and showed ${display.rejection === null ? 'none' : JSON.stringify(`${display.rejection.code}: ${display.rejection.text}`)}`, [answer.step]);
    }
  }

  onDeliver(world: World, _id: number, source: number, _sourceIncarnation: number, target: Process, message: Message): void {
    this.surfacing.onDeliver(world, source, target, message);
    if (target.address !== CONTROL_PLANE) return;
    const first = firstDecisionIn(message);
    if (first !== null && first.kind === 'REJECT' && !this.rejected.has(message.requestId)) this.rejected.set(message.requestId, world.steps);
  }

  onSend(world: World, id: number, _cause: number, source: Process, target: Process, message: Message): void {
    if (source.address === CONTROL_PLANE && message.kind === 'answer') {
      // what the control plane answers on a kernel REJECT carries it word for word
      const sent = this.facts.message(id);
      const answerClass = sent !== undefined ? classifyAnswer(this.facts, sent) : null;
      if (answerClass === null || answerClass.kind !== 'kernel' || answerClass.first.kind !== 'REJECT') return;
      this.check(true);
      const kernel = answerClass.first.rejection;
      const shown = message.rejection;
      if (shown !== null && shown.code === kernel.code && shown.text === kernel.text && !message.text.includes(kernel.text)) {
        this.violate(world, message.requestId, `the kernel rejected ${message.requestId} with ${JSON.stringify(kernel.text)}; control-plane@${source.incarnation} answered with the text ${JSON.stringify(message.text)}, which does not carry it verbatim`, [answerClass.reply.step]);
      } else if (shown === null || shown.code !== kernel.code || shown.text !== kernel.text) {
        this.violate(
          world,
          message.requestId,
          `the kernel rejected ${message.requestId} with ${JSON.stringify(`${kernel.code}: ${kernel.text}`)}; control-plane@${source.incarnation} answered ${shown === null ? `"${message.outcome}" with no rejection` : JSON.stringify(`${shown.code}: ${shown.text}`)}: a rejection is surfaced verbatim`,
          [answerClass.reply.step],
        );
      }
      return;
    }
    if (source.address !== CONTROL_PLANE || target.address !== KERNEL || message.kind !== 'dispatch') return;
    this.check(this.rejected.has(message.requestId));
    const step = this.rejected.get(message.requestId);
    if (step !== undefined) {
      this.violate(world, message.requestId, `the control plane dispatched ${message.requestId} after the kernel rejected it (step ${step}): a rejection is final`, [step]);
    }
  }

  /** Whether the answer behind what the operator was told was sent on a kernel reply. */
  private fromKernel(requestId: string, told: Told): boolean {
    const answer = this.facts.message(told.cause);
    if (answer === undefined || answer.message.requestId !== requestId) return told.source !== 'validation';
    const trigger = this.facts.message(answer.cause);
    if (trigger === undefined) return told.source !== 'validation';
    return trigger.source === KERNEL;
  }

  onCrash(_world: World, process: Process): void {
    this.held.onCrash(process);
  }

  onEnd(world: World): void {
    this.held.onEnd(world);
    const first = firstDecisions((world.processes[KERNEL] as Process).records);
    for (const facts of this.facts.requests.values()) {
      for (const told of facts.told) {
        if (told.rejection === null) continue;
        this.check(true);
        const at = { step: told.step, timeMs: told.timeMs };
        // where the rejection came from is read off the trace, not off the label the
        // control plane put on its answer
        if (!this.fromKernel(facts.requestId, told)) {
          if (told.rejection.text.trim() === '') this.violate(world, facts.requestId, `the rejection shown for ${facts.requestId} has no explanation`, [], at);
          continue;
        }
        const decision = first.get(facts.requestId);
        if (decision === undefined || decision.kind !== 'REJECT') {
          this.violate(world, facts.requestId, `operator-${told.operator} was shown rejection ${told.rejection.code} for ${facts.requestId}, but the kernel's first decision is ${decision?.kind ?? 'none'}`, [], at);
        } else if (decision.rejection.code !== told.rejection.code || decision.rejection.text !== told.rejection.text) {
          this.violate(
            world,
            facts.requestId,
            `operator-${told.operator} was shown ${JSON.stringify(`${told.rejection.code}: ${told.rejection.text}`)} for ${facts.requestId}; the kernel said ${JSON.stringify(`${decision.rejection.code}: ${decision.rejection.text}`)}`,
            [],
            at,
          );
        }
      }
    }
  }
}

export class ExecAtMostOnce extends Invariant {
  readonly id = 'exec.at-most-once';
  readonly clause = '6.2';
  /** a later copy being handled by the kernel: its message id and the first decision */
  private copy: { id: number; requestId: string; first: KernelRecord; step: number } | null = null;
  /** request id → the clients whose confirms, outcome queries and observes the live control-plane
   * incarnation received and has not answered, one entry per ask (copies are not asks) */
  private readonly asks = new Map<string, number[]>();
  /** the confirm or outcome query being handled, if it counted as an ask (else 0) */
  private askDelivery = 0;

  onDeliver(world: World, id: number, source: number, _sourceIncarnation: number, target: Process, message: Message): void {
    this.copy = null;
    if (target.address === CONTROL_PLANE) this.askDelivery = 0;
    if (target.address === CONTROL_PLANE && (message.kind === 'confirm' || message.kind === 'outcome-query' || message.kind === 'observe') && !this.facts.cpCopy) {
      this.askDelivery = id;
      const list = this.asks.get(message.requestId);
      if (list === undefined) this.asks.set(message.requestId, [source]);
      else list.push(source);
    }
    if (target.address !== KERNEL || message.kind !== 'dispatch') return;
    const owes = this.kernelOwes.get(message.requestId);
    if (owes === undefined) this.kernelOwes.set(message.requestId, { owed: 1, step: world.steps, timeMs: world.time });
    else {
      owes.owed++;
      owes.step = world.steps;
      owes.timeMs = world.time;
    }
    const first = this.facts.firstDecision.get(message.requestId);
    if (first === undefined) return;
    this.check(true);
    this.copy = { id, requestId: message.requestId, first, step: world.steps };
  }

  onSend(world: World, id: number, cause: number, source: Process, target: Process, message: Message): void {
    if (source.address === KERNEL) {
      const owes = message.kind === 'decision' || message.kind === 'duplicate' ? this.kernelOwes.get(message.requestId) : undefined;
      const owed = owes?.owed ?? 0;
      if (owes !== undefined && owed > 0) owes.owed--;
      const copy = this.copy;
      if (copy === null || cause !== copy.id || message.requestId !== copy.requestId) return;
      // a decision the kernel held for an earlier dispatch of the request, sent as the copy
      // arrived (red team 29's group-commit kernel syncs its held batch, answers it, then
      // answers the copy): that earlier dispatch's reply, not the copy's
      if (message.kind === 'decision' && owed > 1) return;
      this.copy = null;
      const expected = decisionOf(copy.first);
      if (message.kind !== 'duplicate' || !sameDecision(message.first, expected)) {
        this.violate(world, copy.requestId, `a copy of ${copy.requestId} reached the kernel after its first decision ${describe(expected)}, and the kernel answered ${message.kind === 'duplicate' ? `DUPLICATE naming ${describe(message.first)}` : message.kind}`);
      }
      return;
    }
    if (source.address === CONTROL_PLANE && message.kind === 'challenge') {
      // 6.2: the control plane detects the duplicates it can see — one incarnation
      // challenges a request id once
      const tokens = this.facts.request(message.requestId).tokens.filter((token) => this.facts.tokens.get(token)?.incarnation === source.incarnation);
      this.check(this.facts.cpCopy);
      if (tokens.length > 1) {
        // the same token again (red team 4's mutant; red team 28 wrote it as an "idempotent"
        // design): a duplicate submit seen, and answered with what the original got — which
        // recovers a challenge the network lost by retransmission instead of leaving it to
        // the operator
        const again = tokens.indexOf(message.token) < tokens.length - 1;
        this.violate(
          world,
          message.requestId,
          again
            ? `control-plane@${source.incarnation} sent its challenge for ${message.requestId} a ${ordinal(tokens.length)} time (the same token): a challenge sent again recovers one the network lost by retransmission, where Phase 7 never retries or completes an action after a failure and leaves re-issuance to the operator (2, 10)`
            : `control-plane@${source.incarnation} challenged ${message.requestId} a ${ordinal(tokens.length)} time: a duplicate submit it could see was not detected`,
        );
      }
      return;
    }
    if (source.address === CONTROL_PLANE && message.kind === 'observed') {
      const took = this.takeAsk(message.requestId, target.address);
      const trigger = this.facts.message(cause);
      if (trigger !== undefined && trigger.source === KERNEL) {
        // a state reply passed on to a client whose observe was answered already: a copy
        // of the reply (or a second one) passed on, not absorbed
        this.check(true);
        if (!took) this.violate(world, message.requestId, `control-plane@${source.incarnation} sent client-${target.address - FIRST_CLIENT} a state for observe ${message.requestId} on the kernel's ${trigger.message.kind} (msg ${trigger.id}), but every observe that client sent it had been answered: a duplicate it could see was passed on as a second answer`, [trigger.step]);
      }
    }
    if (source.address !== CONTROL_PLANE || message.kind !== 'answer') return;
    this.answerOnce(world, id, cause, source, target, message);
    const trigger = this.facts.message(cause);
    if (trigger === undefined || trigger.message.kind !== 'duplicate' || trigger.message.requestId !== message.requestId) return;
    this.check(true);
    const first = trigger.message.first;
    const rejection = first.kind === 'REJECT' ? first.rejection : null;
    if (message.outcome !== outcomeOf(first) || JSON.stringify(message.rejection) !== JSON.stringify(rejection)) {
      this.violate(world, message.requestId, `the kernel's DUPLICATE named the first decision ${describe(first)} for ${message.requestId}, but the control plane answered ${message.outcome}${message.rejection !== null ? ` (${message.rejection.code})` : ''}`, [trigger.step]);
    }
  }

  onCrash(_world: World, process: Process): void {
    if (process.address === CONTROL_PLANE) this.asks.clear();
    if (process.address === KERNEL) this.kernelOwes.clear();
  }

  /** request id → how many dispatches of it the live kernel incarnation received and has
   * not yet answered (with a decision or a DUPLICATE), and when the latest arrived */
  private readonly kernelOwes = new Map<string, { owed: number; step: number; timeMs: number }>();

  /** 6.2: one ask, one answer. An answer to a confirm, outcome query or observe as it is delivered
   * takes its ask; one passed on from a kernel reply or a timer takes an open ask of that
   * client, and with none open it is a second answer: a kernel DUPLICATE of a copy the
   * network made, or a second reply, passed on instead of absorbed. */
  private answerOnce(world: World, id: number, cause: number, source: Process, target: Process, message: Message & { kind: 'answer' }): void {
    if (cause !== 0 && cause === this.askDelivery) {
      // answered as it was delivered: that ask is answered
      this.takeAsk(message.requestId, target.address);
      return;
    }
    const sent = this.facts.message(id);
    if (sent === undefined) return;
    if (this.facts.heldFrom(sent) >= 0 && !this.facts.heldCopy(sent)) {
      // held for an audit sync (Facts.cpHeld), answering the ask its step handled
      const ask = this.facts.message(sent.cause);
      if (ask !== undefined && ask.source === target.address && ask.message.requestId === message.requestId && (ask.message.kind === 'confirm' || ask.message.kind === 'outcome-query' || ask.message.kind === 'observe')) {
        this.takeAsk(message.requestId, target.address);
        return;
      }
    }
    const answerClass = classifyAnswer(this.facts, sent);
    if (answerClass.kind !== 'kernel' && answerClass.kind !== 'timeout') return;
    this.check(true);
    if (this.takeAsk(message.requestId, target.address)) return;
    this.violate(world, message.requestId, `control-plane@${source.incarnation} answered client-${target.address - FIRST_CLIENT} about ${message.requestId} on ${answerClass.kind === 'kernel' ? `the kernel's ${answerClass.reply.message.kind} (msg ${answerClass.reply.id})` : 'a timer'}, but every confirm, outcome query and observe that client sent it had been answered: a duplicate it could see was passed on as a second answer`);
  }

  /** Takes one open ask of this client about the request; false if none is open. */
  private takeAsk(requestId: string, client: number): boolean {
    const list = this.asks.get(requestId);
    const index = list === undefined ? -1 : list.indexOf(client);
    if (index < 0) return false;
    list!.splice(index, 1);
    return true;
  }

  onEnd(world: World): void {
    for (const [requestId, count] of executedIn((world.processes[KERNEL] as Process).records)) {
      this.check(this.facts.stressed.has(requestId));
      if (count > 1) this.violate(world, requestId, `${requestId} executed ${count} times: the kernel's log holds ${count} EXEC records for it`);
    }
    // every dispatch the live kernel received is answered, a copy with its DUPLICATE (6.2:
    // duplicates are rejected, not swallowed), by the time the run has gone quiet; a decision
    // held for an earlier dispatch and sent as a copy arrived answers that dispatch only
    const kernel = world.processes[KERNEL] as Process;
    if (world.verdict !== null || !kernel.up) return;
    for (const [requestId, { owed, step, timeMs }] of this.kernelOwes) {
      this.check(true);
      if (owed === 0) continue;
      // reported where the latest of them arrived: the step to look at in a replay
      this.violate(world, requestId, `kernel@${kernel.incarnation} received ${owed} dispatch(es) of ${requestId} it never answered, the latest at step #${step}, and the run ended: every dispatch gets a decision, and every later copy a DUPLICATE naming the first`, [], { step, timeMs });
    }
  }
}

function firstDecisionIn(message: Message): Decision | null {
  if (message.kind === 'decision') return message.decision;
  if (message.kind === 'duplicate' || message.kind === 'query-answer') return message.first;
  return null;
}

function decisionOf(record: KernelRecord): Decision {
  if (record.kind === 'REJECT') return { kind: 'REJECT', rejection: record.rejection };
  return { kind: record.kind };
}

function sameDecision(a: Decision, b: Decision): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'REJECT' && b.kind === 'REJECT') return a.rejection.code === b.rejection.code && a.rejection.text === b.rejection.text;
  return true;
}

function describe(decision: Decision): string {
  return decision.kind === 'REJECT' ? `REJECT ${decision.rejection.code}` : decision.kind;
}

/** The first decision per request id in a kernel log. */
export function firstDecisions(records: readonly { kind: string; requestId?: string }[]): Map<string, KernelRecord> {
  const first = new Map<string, KernelRecord>();
  for (const record of records) {
    const kernelRecord = record as KernelRecord;
    if (!first.has(kernelRecord.requestId)) first.set(kernelRecord.requestId, kernelRecord);
  }
  return first;
}
