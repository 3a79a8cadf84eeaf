// The situations of the spec that a run reached, detected from the trace alone —
// independently of whatever trigger or random fault caused them. They feed the coverage
// report (how many runs reached each clause's situations) and the scenario tests.

import type { Display, DurableRecord, Message, OperatorCommand } from '../src/protocol.ts';
import { type Facts, incarnationKey } from './invariants/facts.ts';
import type { WorldObserver } from './observer.ts';
import { CONTROL_PLANE, Ev, FIRST_CLIENT, KERNEL, type Process, type World } from './world.ts';

// Each situation has a short text (the report's) and a strict definition (what the detector
// below checks, from the trace's causality and the durable logs — never from a label the
// system under test put on its own messages, such as an answer's `source`).
export const SITUATIONS = [
  { id: 'client-crash-before-submit', clause: '4.1', text: 'a client crashed before its submit was sent', definition: 'an operator typed a submit; the client was down, or its incarnation crashed while handling that command before sending the submit' },
  { id: 'client-crash-before-confirm', clause: '4.2', text: 'a client crashed after submitting, before confirming', definition: 'a client incarnation crashed after sending a submit for which it had sent neither confirm nor abandon and shown no outcome' },
  { id: 'client-crash-after-confirm', clause: '4.3', text: 'a client crashed after confirming, before the response', definition: 'a client incarnation crashed after sending a confirm for a request it had shown no outcome for' },
  { id: 'outcome-from-fenced-query', clause: '4.3', text: 'an operator was told an outcome from a fenced query', definition: 'an outcome was shown whose causal chain holds a kernel query-answer (the kernel read its log for it), not a decision' },
  { id: 'cp-crash-before-dispatch', clause: '5.1', text: 'the control plane crashed holding a challenged request it had not dispatched (loose)', definition: 'loose: a control-plane incarnation crashed after issuing a challenge for a request not abandoned, before sending a dispatch of it' },
  { id: 'cp-crash-confirmed-undispatched', clause: '5.1', text: 'a confirm reached the incarnation that issued its challenge, which crashed before sending the dispatch', definition: 'a confirm carrying a token issued by control-plane incarnation N was delivered to N, and N crashed before sending a dispatch of that request' },
  { id: 'cp-crash-during-dispatch', clause: '5.2', text: 'the control plane crashed after dispatching, before the kernel replied', definition: 'control-plane incarnation N sent a dispatch the network did not drop, and crashed before any kernel reply about that request was delivered to N' },
  { id: 'dispatch-after-fence', clause: '5.2', text: 'a dispatch reached the kernel after a fenced query fenced it', definition: 'a dispatch was delivered to the kernel for a request whose first durable kernel record is FENCE' },
  { id: 'dispatch-after-fence-restart', clause: '7.2', text: 'a dispatch reached a restarted kernel after an earlier incarnation fenced it', definition: 'a dispatch was delivered to kernel incarnation M for a request whose first durable kernel record is a FENCE appended by an incarnation before M' },
  { id: 'cp-crash-after-ack', clause: '5.3', text: 'the control plane crashed handling the kernel\'s reply', definition: 'a control-plane incarnation crashed while a kernel decision or duplicate reply was being delivered to it or handled by it' },
  { id: 'stale-confirm', clause: '5.3', text: 'a confirm reached a control-plane incarnation that did not issue its challenge', definition: 'a confirm was delivered to control-plane incarnation M carrying a token issued by another incarnation N ≠ M' },
  { id: 'request-lost', clause: '6.1', text: 'a submit or confirm never reached the control plane', definition: 'a submit or confirm sent by a client was dropped by the network, by a partition, or by the control plane being down when it arrived' },
  { id: 'dispatch-lost', clause: '6.1', text: 'a dispatch never reached the kernel', definition: 'a dispatch was dropped by the network, by a partition, or by the kernel being down when it arrived' },
  { id: 'query-during-dispatch', clause: '6.1', text: 'an outcome query reached the control plane while its own dispatch of that request was unanswered', definition: 'an outcome query was delivered to control-plane incarnation N while N had sent a dispatch of that request, no kernel reply about it had been delivered to N, and N had sent no answer about it' },
  { id: 'kernel-timeout', clause: '6.1', text: 'the control plane answered after no kernel reply', definition: 'control-plane incarnation N sent an answer about a request while handling a timer (not a message), having sent the kernel a dispatch or fenced query about it with no kernel reply delivered to N since' },
  { id: 'duplicate-reached-cp', clause: '6.2', text: 'a network duplicate of a submit or confirm reached the control plane', definition: 'the network\'s second copy of a submit or confirm was delivered to a control plane that was up' },
  { id: 'duplicate-reached-kernel', clause: '6.2', text: 'a copy of an already decided request reached the kernel', definition: 'a dispatch was delivered to the kernel for a request the kernel\'s log already holds a record for' },
  { id: 'kernel-rejection-shown', clause: '7.1', text: 'an operator was shown a kernel rejection', definition: 'an outcome "not executed" was shown for a request whose first kernel record is REJECT' },
  { id: 'kernel-crash-during-request', clause: '7.2', text: 'the kernel crashed while handling a dispatch', definition: 'the kernel crashed while a dispatch was being delivered to it or handled by it' },
  { id: 'kernel-crash-append-sync', clause: '7.2', text: 'the kernel crashed between a log append and its sync', definition: 'the kernel crashed holding at least one appended, unsynced record' },
  { id: 'unsynced-lost', clause: '7.2', text: 'a crash lost unsynced records', definition: 'a crash removed at least one unsynced record from a process\'s log' },
  { id: 'invalid-rejected', clause: '8.1', text: 'an invalid request was rejected by validation', definition: 'an outcome "not executed" was shown for a request of an operation the workload drew as invalid, and no dispatch of it was ever sent' },
  { id: 'operator-abandoned', clause: '8.2', text: 'an operator abandoned a request at its challenge', definition: 'an operator typed abandon for a request its client had shown a challenge for, with no confirm sent for it before' },
  { id: 'unknown-resolved', clause: '9', text: 'an outcome told "unknown" was later resolved', definition: 'an operator was shown "unknown" for a request, and later a definitive outcome for it' },
  { id: 'cp-restart-work-in-flight', clause: '10', text: 'the control plane restarted with work in flight', definition: 'a control-plane incarnation crashed in the loose 5.1 situation or the 5.2 one' },
  { id: 'kernel-crash-after-observe', clause: '10', text: 'the kernel crashed right after answering an observe', definition: 'the kernel crashed in the step in which it sent its state in reply to a read, after sending it' },
  { id: 'operator-reissued', clause: '2', text: 'an operator re-issued an intent as a new request', definition: 'an operator typed a submit for an intent beyond its plan: the re-issue of one that did not execute' },
] as const;

export type SituationId = (typeof SITUATIONS)[number]['id'];
const INDEX = new Map<string, number>(SITUATIONS.map((situation, index) => [situation.id, index]));

export class SituationDetector implements WorldObserver {
  /** how many times each situation arose in this run, by SITUATIONS index */
  readonly counts = new Uint32Array(SITUATIONS.length);
  /** per client address+incarnation: requests submitted / confirmed and not yet answered */
  private readonly clientOpen = new Map<number, { submitted: Set<string>; confirmed: Set<string> }>();
  private readonly toldUnknown = new Set<string>();
  private submitSent = false;
  /** "incarnation:request" for every answer a control-plane incarnation sent */
  private readonly cpAnswered = new Set<string>();
  /** "incarnation:request": a control-plane incarnation sent the kernel a dispatch (or a
   * fenced query) about it, and no kernel reply about it has been delivered to it since */
  private readonly dispatchPending = new Set<string>();
  private readonly askPending = new Set<string>();
  /** the step in which the kernel last sent its state (a reply to a read) */
  private stateSentAtStep = -1;
  /** per control-plane incarnation, the requests its crash can find in a 5.1, 5.2 or 10
   * situation: those with a challenge token it issued (and every request listing a token
   * it re-issued), a confirm delivered to it or a dispatch it sent. Scanning every request
   * of the run on each crash made a run's cost grow with the square of its length. */
  private readonly cpTouched = new Map<number, Set<string>>();
  /** request id → the kernel incarnation that appended its first durable FENCE record, and the record */
  private readonly fencedBy = new Map<string, { incarnation: number; record: DurableRecord }>();
  /** token → the requests whose challenges carried it (normally one) */
  private readonly tokenRequests = new Map<string, string[]>();

  private touch(incarnation: number, requestId: string): void {
    let touched = this.cpTouched.get(incarnation);
    if (touched === undefined) this.cpTouched.set(incarnation, (touched = new Set()));
    touched.add(requestId);
  }

  constructor(private readonly facts: Facts) {}

  private mark(id: SituationId): void {
    const index = INDEX.get(id);
    if (index !== undefined) this.counts[index] = (this.counts[index] ?? 0) + 1;
  }

  reached(): SituationId[] {
    return SITUATIONS.filter((_, index) => (this.counts[index] ?? 0) > 0).map((situation) => situation.id);
  }

  private open(client: Process) {
    const key = incarnationKey(client.address, client.incarnation);
    let open = this.clientOpen.get(key);
    if (open === undefined) this.clientOpen.set(key, (open = { submitted: new Set(), confirmed: new Set() }));
    return open;
  }

  onCommand(world: World, client: Process, command: OperatorCommand): void {
    this.submitSent = false;
    // an abandon typed after a confirm (an operator's quirk) abandons nothing
    if (command.kind === 'abandon' && (this.facts.requests.get(command.requestId)?.confirms ?? 0) === 0) this.mark('operator-abandoned');
    if (command.kind === 'submit') {
      if (!client.up) this.mark('client-crash-before-submit');
      const plan = world.options.plan[client.address - FIRST_CLIENT];
      if (plan !== undefined && command.intent >= plan.length) this.mark('operator-reissued');
    }
  }

  onAppend(_world: World, process: Process, record: DurableRecord): void {
    if (process.address === KERNEL && record.kind === 'FENCE' && !this.fencedBy.has(record.requestId)) this.fencedBy.set(record.requestId, { incarnation: process.incarnation, record });
  }

  onSend(world: World, _id: number, _cause: number, source: Process, target: Process, message: Message, dropped: string | null): void {
    if (source.role === 'client') {
      if (message.kind === 'submit') {
        this.submitSent = true;
        this.open(source).submitted.add(message.requestId);
      } else if (message.kind === 'confirm' || message.kind === 'abandon') {
        this.open(source).submitted.delete(message.requestId);
        if (message.kind === 'confirm') this.open(source).confirmed.add(message.requestId);
      }
      if (dropped !== null && (message.kind === 'submit' || message.kind === 'confirm')) this.mark('request-lost');
    } else if (source.address === CONTROL_PLANE) {
      const key = `${source.incarnation}:${message.requestId}`;
      if (message.kind === 'challenge') {
        let requests = this.tokenRequests.get(message.token);
        if (requests === undefined) this.tokenRequests.set(message.token, (requests = []));
        if (!requests.includes(message.requestId)) requests.push(message.requestId);
        for (const requestId of requests) this.touch(source.incarnation, requestId);
      }
      if (message.kind === 'dispatch' && target.address === KERNEL) {
        this.touch(source.incarnation, message.requestId);
        if (dropped !== null) this.mark('dispatch-lost');
        else this.dispatchPending.add(key);
        this.askPending.add(key);
      }
      if (message.kind === 'fenced-query' && target.address === KERNEL) this.askPending.add(key);
      if (message.kind === 'answer') {
        // an answer given on a timer, while the kernel owes this incarnation a reply
        if (world.currentEvent?.kind === Ev.timer && this.askPending.has(key)) this.mark('kernel-timeout');
        this.cpAnswered.add(key);
      }
    } else if (source.address === KERNEL && message.kind === 'state') {
      this.stateSentAtStep = world.steps;
    }
  }

  onDrop(_world: World, _id: number, _source: number, target: number, message: Message): void {
    if (target === KERNEL && message.kind === 'dispatch') this.mark('dispatch-lost');
    if (target === CONTROL_PLANE && (message.kind === 'submit' || message.kind === 'confirm')) this.mark('request-lost');
  }

  onDeliver(_world: World, _id: number, _source: number, _sourceIncarnation: number, target: Process, message: Message, duplicate: boolean): void {
    if (target.address === KERNEL && message.kind === 'dispatch') {
      const first = this.facts.firstDecision.get(message.requestId);
      if (first !== undefined) this.mark('duplicate-reached-kernel');
      if (first?.kind === 'FENCE') {
        this.mark('dispatch-after-fence');
        // the fence outlived a restart: the new kernel must know it from its log alone
        if ((this.fencedBy.get(message.requestId)?.incarnation ?? target.incarnation) < target.incarnation) this.mark('dispatch-after-fence-restart');
      }
    } else if (target.address === CONTROL_PLANE) {
      if (duplicate && (message.kind === 'submit' || message.kind === 'confirm')) this.mark('duplicate-reached-cp');
      const key = `${target.incarnation}:${message.requestId}`;
      if (message.kind === 'outcome-query') {
        // the race the spec's 6.1 leaves open: the operator asks while the kernel has not
        // answered this incarnation's dispatch (a control plane that guesses here is wrong)
        if (this.dispatchPending.has(key) && !this.cpAnswered.has(key)) this.mark('query-during-dispatch');
      }
      if (message.kind === 'confirm') {
        this.touch(target.incarnation, message.requestId);
        const token = this.facts.tokens.get(message.token);
        if (token !== undefined && token.incarnation !== target.incarnation) this.mark('stale-confirm');
      }
      if (message.kind === 'decision' || message.kind === 'duplicate' || message.kind === 'query-answer') {
        this.dispatchPending.delete(key);
        this.askPending.delete(key);
      }
    }
  }

  onDisplay(world: World, client: Process, display: Display): void {
    if (display.kind !== 'outcome') return;
    const open = this.open(client);
    open.submitted.delete(display.requestId);
    open.confirmed.delete(display.requestId);
    if (display.outcome === 'unknown') {
      this.toldUnknown.add(display.requestId);
      return;
    }
    if (this.toldUnknown.has(display.requestId)) this.mark('unknown-resolved');
    if (this.causedByQueryAnswer(world)) this.mark('outcome-from-fenced-query');
    if (display.outcome === 'not-executed') {
      const facts = this.facts.requests.get(display.requestId);
      if (facts?.invalid === true && facts.dispatches.length === 0) this.mark('invalid-rejected');
      if (this.facts.firstDecision.get(display.requestId)?.kind === 'REJECT') this.mark('kernel-rejection-shown');
    }
  }

  /** Whether the display being made descends, message by message, from a kernel
   * query-answer (the kernel read its log to answer a fenced query). */
  private causedByQueryAnswer(world: World): boolean {
    let id = world.cause;
    for (let hops = 0; id > 0 && hops < 8; hops++) {
      const sent = this.facts.messages[id];
      if (sent === undefined) return false;
      if (sent.message.kind === 'query-answer') return true;
      id = sent.cause;
    }
    return false;
  }

  onCrash(world: World, process: Process, _cause: string, lost: readonly DurableRecord[], unsynced: number): void {
    if (lost.length > 0) this.mark('unsynced-lost');
    // a FENCE the crash lost fenced nothing
    if (process.address === KERNEL) for (const record of lost) if (record.kind === 'FENCE' && this.fencedBy.get(record.requestId)?.record === record) this.fencedBy.delete(record.requestId);
    const event = world.currentEvent;
    const handling = event !== null && event.kind === Ev.deliver ? (event.payload as Message) : null;
    if (process.role === 'client') {
      if (event !== null && event.kind === Ev.command && (event.payload as OperatorCommand).kind === 'submit' && !this.submitSent) {
        this.mark('client-crash-before-submit');
      }
      const open = this.open(process);
      if (open.submitted.size > 0) this.mark('client-crash-before-confirm');
      if (open.confirmed.size > 0) this.mark('client-crash-after-confirm');
    } else if (process.address === KERNEL) {
      if (unsynced > 0) this.mark('kernel-crash-append-sync');
      if (handling?.kind === 'read' && this.stateSentAtStep === world.steps) this.mark('kernel-crash-after-observe');
      if (handling?.kind === 'dispatch') this.mark('kernel-crash-during-request');
    } else if (process.address === CONTROL_PLANE) {
      let challenged = false;
      let confirmedUndispatched = false;
      let inFlight = false;
      for (const requestId of this.cpTouched.get(process.incarnation) ?? []) {
        const facts = this.facts.requests.get(requestId);
        if (facts === undefined) continue;
        const dispatched = facts.dispatches.some((d) => d.sourceIncarnation === process.incarnation);
        // strictly 5.1: this incarnation issued the challenge, received its confirm, crashed
        // before sending the dispatch
        if (!dispatched && facts.confirmsDelivered.some((c) => c.incarnation === process.incarnation && this.facts.tokens.get(c.token)?.incarnation === process.incarnation)) confirmedUndispatched = true;
        if (this.dispatchPending.has(`${process.incarnation}:${facts.requestId}`)) inFlight = true;
        if (!dispatched && !facts.abandoned && facts.tokens.some((t) => this.facts.tokens.get(t)?.incarnation === process.incarnation)) challenged = true;
      }
      if (challenged) this.mark('cp-crash-before-dispatch');
      if (confirmedUndispatched) this.mark('cp-crash-confirmed-undispatched');
      if (inFlight) this.mark('cp-crash-during-dispatch');
      if (challenged || inFlight) this.mark('cp-restart-work-in-flight');
      if (handling !== null && (handling.kind === 'decision' || handling.kind === 'duplicate')) this.mark('cp-crash-after-ack');
    }
  }
}
