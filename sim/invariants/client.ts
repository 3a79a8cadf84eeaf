// Oracles of the client's side of the protocol: an intent whose client crashed before its
// submit went out never reaches the system (4.1); nothing executes without a confirm that
// reached the incarnation that issued its challenge, and a client answers at most one
// challenge per request id (4.2).

import type { DurableRecord, Message, OperatorCommand } from '../../src/protocol.ts';
import { CONTROL_PLANE, Ev, FIRST_CLIENT, KERNEL, type Process, type SimEvent, type World } from '../world.ts';
import { executedIn } from './facts.ts';
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

  onDisplay(world: World, _client: Process, display: { kind: string; requestId?: string }): void {
    const handling = this.handling;
    if (handling !== null && handling.event === world.currentEvent && display.kind === 'request-id') {
      handling.intent.requestId = display.requestId ?? null;
    }
  }

  onSend(world: World, _id: number, _cause: number, source: Process, _target: Process, message: Message): void {
    if (source.role !== 'client' || message.kind !== 'submit') return;
    this.checks++;
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
    const audit = (world.processes[CONTROL_PLANE] as Process).records;
    for (const intent of this.lost) {
      this.checks++;
      const subject = `operator-${intent.operator} intent ${intent.intent}`;
      const at = { step: intent.step, timeMs: intent.timeMs };
      for (const facts of this.facts.requests.values()) {
        if (facts.operator === intent.operator && facts.intent === intent.intent && facts.displayedAtStep > intent.step) {
          this.violate(world, subject, `its client crashed before submitting, yet request ${facts.requestId} was raised for it later (step ${facts.displayedAtStep}) without the operator asking`, [facts.displayedAtStep], at);
        }
      }
      const requestId = intent.requestId;
      if (requestId === null) continue;
      // the operator saw the id and may ask about it; nothing else may carry it
      const reached = this.facts.messages.find((sent) => sent !== undefined && sent.message.requestId === requestId && CARRIES_WORK.has(sent.message.kind));
      if (reached !== undefined) {
        this.violate(world, subject, `its client crashed before submitting ${requestId}, yet ${reached.message.kind} ${requestId} was sent at step ${reached.step}`, [reached.step], at);
      }
      if (executed.has(requestId)) this.violate(world, subject, `${requestId} executed although its client crashed before submitting it`, [], at);
      if (audit.some((record: DurableRecord) => record.kind === 'AUDIT' && record.requestId === requestId && record.outcome === 'executed')) {
        this.violate(world, subject, `an audit record says ${requestId} executed although its client crashed before submitting it`, [], at);
      }
    }
  }
}

export class ConfirmRequired extends Invariant {
  readonly id = 'confirm.required';
  readonly clause = '4.2';

  onSend(world: World, _id: number, _cause: number, source: Process, _target: Process, message: Message): void {
    if (source.role !== 'client' || (message.kind !== 'confirm' && message.kind !== 'abandon')) return;
    this.checks++;
    const answers = this.facts.request(message.requestId).challengeAnswers;
    if (answers > 1) {
      this.violate(world, message.requestId, `a client answered a challenge for ${message.requestId} for the ${ordinal(answers)} time (${message.kind}); a client answers at most one challenge per request id`);
    }
  }

  onEnd(world: World): void {
    for (const requestId of executedIn((world.processes[KERNEL] as Process).records).keys()) {
      this.checks++;
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
