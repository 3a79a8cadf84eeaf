// The situations of the spec that a run reached, detected from the trace alone —
// independently of whatever trigger or random fault caused them. They feed the coverage
// report (how many runs reached each clause's situations) and the scenario tests.

import type { Display, DurableRecord, Message, OperatorCommand } from '../src/protocol.ts';
import type { Facts } from './invariants/facts.ts';
import type { WorldObserver } from './observer.ts';
import { CONTROL_PLANE, Ev, FIRST_CLIENT, KERNEL, type Process, type World } from './world.ts';

export const SITUATIONS = [
  { id: 'client-crash-before-submit', clause: '4.1', text: 'a client crashed before its submit was sent' },
  { id: 'client-crash-before-confirm', clause: '4.2', text: 'a client crashed after submitting, before confirming' },
  { id: 'client-crash-after-confirm', clause: '4.3', text: 'a client crashed after confirming, before the response' },
  { id: 'outcome-from-fenced-query', clause: '4.3', text: 'an operator was told an outcome from a fenced query' },
  { id: 'cp-crash-before-dispatch', clause: '5.1', text: 'the control plane crashed holding a challenged request it had not dispatched' },
  { id: 'cp-crash-confirmed-undispatched', clause: '5.1', text: 'strictly: a confirm reached the incarnation that issued its challenge, which crashed before sending the dispatch' },
  { id: 'cp-crash-during-dispatch', clause: '5.2', text: 'the control plane crashed after dispatching, before the kernel replied' },
  { id: 'dispatch-after-fence', clause: '5.2', text: 'a dispatch reached the kernel after a fenced query fenced it' },
  { id: 'cp-crash-after-ack', clause: '5.3', text: 'the control plane crashed handling the kernel\'s reply' },
  { id: 'stale-confirm', clause: '5.3', text: 'a confirm reached a control-plane incarnation that did not issue its challenge' },
  { id: 'request-lost', clause: '6.1', text: 'a submit or confirm never reached the control plane' },
  { id: 'dispatch-lost', clause: '6.1', text: 'a dispatch never reached the kernel' },
  { id: 'query-during-dispatch', clause: '6.1', text: 'an outcome query reached the control plane while its own dispatch of that request was unanswered (no kernel reply, no answer of its own yet)' },
  { id: 'kernel-timeout', clause: '6.1', text: 'the control plane answered "unknown" after no kernel reply' },
  { id: 'duplicate-reached-cp', clause: '6.2', text: 'a network duplicate of a submit or confirm reached the control plane' },
  { id: 'duplicate-reached-kernel', clause: '6.2', text: 'a copy of an already decided request reached the kernel' },
  { id: 'kernel-rejection-shown', clause: '7.1', text: 'an operator was shown a kernel rejection' },
  { id: 'kernel-crash-during-request', clause: '7.2', text: 'the kernel crashed while handling a dispatch' },
  { id: 'kernel-crash-append-sync', clause: '7.2', text: 'the kernel crashed between a log append and its sync' },
  { id: 'unsynced-lost', clause: '7.2', text: 'a crash lost unsynced records' },
  { id: 'invalid-rejected', clause: '8.1', text: 'an invalid request was rejected by validation' },
  { id: 'operator-abandoned', clause: '8.2', text: 'an operator abandoned a request at its challenge' },
  { id: 'unknown-resolved', clause: '9', text: 'an outcome told "unknown" was later resolved' },
  { id: 'cp-restart-work-in-flight', clause: '10', text: 'the control plane restarted with work in flight' },
  { id: 'kernel-crash-after-observe', clause: '10', text: 'the kernel crashed right after answering an observe' },
  { id: 'operator-reissued', clause: '2', text: 'an operator re-issued an intent as a new request' },
] as const;

export type SituationId = (typeof SITUATIONS)[number]['id'];
const INDEX = new Map<string, number>(SITUATIONS.map((situation, index) => [situation.id, index]));

export class SituationDetector implements WorldObserver {
  /** how many times each situation arose in this run, by SITUATIONS index */
  readonly counts = new Uint32Array(SITUATIONS.length);
  /** per client address+incarnation: requests submitted / confirmed and not yet answered */
  private readonly clientOpen = new Map<number, { submitted: Set<string>; confirmed: Set<string> }>();
  private readonly toldUnknown = new Set<string>();
  private readonly kernelReplied = new Set<string>();
  private submitSent = false;
  /** "incarnation:request" for every answer a control-plane incarnation sent */
  private readonly cpAnswered = new Set<string>();

  constructor(private readonly facts: Facts) {}

  private mark(id: SituationId): void {
    const index = INDEX.get(id);
    if (index !== undefined) this.counts[index] = (this.counts[index] ?? 0) + 1;
  }

  reached(): SituationId[] {
    return SITUATIONS.filter((_, index) => (this.counts[index] ?? 0) > 0).map((situation) => situation.id);
  }

  private open(client: Process) {
    const key = client.address * 65536 + client.incarnation;
    let open = this.clientOpen.get(key);
    if (open === undefined) this.clientOpen.set(key, (open = { submitted: new Set(), confirmed: new Set() }));
    return open;
  }

  onCommand(world: World, client: Process, command: OperatorCommand): void {
    this.submitSent = false;
    if (command.kind === 'abandon') this.mark('operator-abandoned');
    if (command.kind === 'submit') {
      if (!client.up) this.mark('client-crash-before-submit');
      const plan = world.options.plan[client.address - FIRST_CLIENT];
      if (plan !== undefined && command.intent >= plan.length) this.mark('operator-reissued');
    }
  }

  onSend(_world: World, _id: number, _cause: number, source: Process, target: Process, message: Message, dropped: string | null): void {
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
      if (message.kind === 'dispatch' && target.address === KERNEL && dropped !== null) this.mark('dispatch-lost');
      if (message.kind === 'answer' && message.source === 'timeout') this.mark('kernel-timeout');
      if (message.kind === 'answer') this.cpAnswered.add(`${source.incarnation}:${message.requestId}`);
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
      if (first?.kind === 'FENCE') this.mark('dispatch-after-fence');
    } else if (target.address === CONTROL_PLANE) {
      if (duplicate && (message.kind === 'submit' || message.kind === 'confirm')) this.mark('duplicate-reached-cp');
      if (message.kind === 'outcome-query') {
        // the race the spec's 6.1 leaves open: the operator asks while the kernel has not
        // answered this incarnation's dispatch (a control plane that guesses here is wrong)
        const facts = this.facts.requests.get(message.requestId);
        const pending = facts !== undefined && !this.kernelReplied.has(message.requestId) && !this.cpAnswered.has(`${target.incarnation}:${message.requestId}`) && facts.dispatches.some((d) => d.sourceIncarnation === target.incarnation);
        if (pending) this.mark('query-during-dispatch');
      }
      if (message.kind === 'confirm') {
        const token = this.facts.tokens.get(message.token);
        if (token !== undefined && token.incarnation !== target.incarnation) this.mark('stale-confirm');
      }
      if (message.kind === 'decision' || message.kind === 'duplicate' || message.kind === 'query-answer') this.kernelReplied.add(message.requestId);
    }
  }

  onDisplay(_world: World, client: Process, display: Display): void {
    if (display.kind !== 'outcome') return;
    const open = this.open(client);
    open.submitted.delete(display.requestId);
    open.confirmed.delete(display.requestId);
    if (display.outcome === 'unknown') {
      this.toldUnknown.add(display.requestId);
      return;
    }
    if (this.toldUnknown.has(display.requestId)) this.mark('unknown-resolved');
    if (display.source === 'kernel-query') this.mark('outcome-from-fenced-query');
    if (display.source === 'validation') this.mark('invalid-rejected');
    else if (display.rejection !== null) this.mark('kernel-rejection-shown');
  }

  onCrash(world: World, process: Process, _cause: string, lost: readonly DurableRecord[], unsynced: number): void {
    if (lost.length > 0) this.mark('unsynced-lost');
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
      if (handling?.kind === 'read') this.mark('kernel-crash-after-observe');
      if (handling?.kind === 'dispatch') this.mark('kernel-crash-during-request');
    } else if (process.address === CONTROL_PLANE) {
      let challenged = false;
      let confirmedUndispatched = false;
      let inFlight = false;
      for (const facts of this.facts.requests.values()) {
        const dispatched = facts.dispatches.some((d) => d.sourceIncarnation === process.incarnation);
        // strictly 5.1: this incarnation issued the challenge, received its confirm, crashed
        // before sending the dispatch
        if (!dispatched && facts.confirmsDelivered.some((c) => c.incarnation === process.incarnation && this.facts.tokens.get(c.token)?.incarnation === process.incarnation)) confirmedUndispatched = true;
        if (dispatched && !this.kernelReplied.has(facts.requestId)) inFlight = true;
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
