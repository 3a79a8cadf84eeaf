// MUTANT cp-abandon-after-confirm-audited-not-executed
// Clause 9 (Failure Visibility and Audit): "Audit records MUST include: ... Outcome (executed / not executed)"
// (the outcome recorded must be the true one; here 8.2's "The system remains unchanged" is
// assumed for an abandon that came too late to abandon anything)
//
// Bug, in two cooperating halves. The client lets the operator press "abandon" while it is
// waiting for the outcome of a request already confirmed (the reference client ignores an
// abandon after the confirm): it forwards the abandon with the request's token and keeps
// waiting for the answer, so the operator still sees the outcome. The control plane, on an
// abandon whose token no longer names a pending challenge, checks whether it dispatched that
// request and, if so, records the operator's abandonment with the same audit line as a real
// abandon — "abandoned / not-executed" — although the dispatch is already on its way and
// nothing was abandoned. When the kernel's EXEC arrives it is reported to the operator as
// usual, but (this incarnation dispatched it, nothing is "unresolved") no further audit
// record is written: the audit log's last word on the request is "not executed" while the
// kernel executed it.
//
// Shows only when: an operator abandons a request after confirming it (the "abandon right
// after confirming" quirk), the abandon reaches the control-plane incarnation that
// dispatched it, and the kernel executes the request.

import { validate } from '../../src/validation.ts';
import { reference } from '../../src/index.ts';
import { NO_RESPONSE } from '../../src/client.ts';
import type { ClientActor, ClientConfig } from '../../src/ports.ts';
import type { OperatorCommand } from '../../src/protocol.ts';
import type { Actor, Address, ControlPlaneConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type {
  AnswerSource,
  AuditRecord,
  ClientMessage,
  Decision,
  FailureType,
  KernelReply,
  Message,
  Operation,
  Outcome,
  Rejection,
} from '../../src/protocol.ts';

export const info = {
  clause: '9',
  sentence: 'Audit records MUST include: Outcome (executed / not executed)',
  needs: 'an operator abandons right after confirming, the abandon reaches the control plane that dispatched the request, and the kernel executes it',
};

const CHALLENGE_EXPIRED = 'challenge expired — outcome unknown';
const KERNEL_TIMEOUT = 'no reply from the kernel — outcome unknown';

interface Challenge {
  readonly requestId: string;
  readonly operation: Operation;
}

class AbandonAuditControlPlane implements Actor {
  private readonly challenges = new Map<string, Challenge>();
  private readonly seen = new Set<string>();
  private readonly dispatched = new Set<string>();
  private readonly waiting = new Map<string, Address[]>();
  private readonly timers = new Map<string, number>();
  private readonly unresolved = new Set<string>();

  constructor(
    private readonly port: Port,
    private readonly config: ControlPlaneConfig,
  ) {}

  onStart(): void {
    for (const record of this.port.records()) {
      if (record.kind !== 'AUDIT') continue;
      if (record.outcome === 'unknown') this.unresolved.add(record.requestId);
      else this.unresolved.delete(record.requestId);
    }
  }

  onMessage(from: Address, message: Message): void {
    if (from === this.config.kernel) this.onKernel(message as KernelReply);
    else this.onClient(from, message as ClientMessage);
  }

  onTimer(name: string): void {
    if (!this.timers.has(name)) return;
    this.timers.delete(name);
    this.audit('kernel-timeout', name, 'unknown');
    this.answer(name, 'unknown', 'timeout', null, KERNEL_TIMEOUT);
  }

  private onClient(client: Address, message: ClientMessage): void {
    switch (message.kind) {
      case 'submit': {
        if (this.seen.has(message.requestId)) {
          this.audit('duplicate-request', message.requestId, 'unknown');
          return;
        }
        this.seen.add(message.requestId);
        const problem = validate(message.operation);
        if (problem !== null) {
          this.audit('invalid-request', message.requestId, 'not-executed');
          this.port.send(client, answer(message.requestId, 'not-executed', 'validation', problem, problem.text));
          return;
        }
        const token = this.port.drawId();
        this.challenges.set(token, { requestId: message.requestId, operation: message.operation });
        this.port.send(client, { kind: 'challenge', requestId: message.requestId, token, operation: message.operation });
        return;
      }
      case 'confirm': {
        const challenge = this.challenges.get(message.token);
        if (challenge === undefined || challenge.requestId !== message.requestId) {
          if (this.dispatched.has(message.requestId)) {
            this.audit('duplicate-request', message.requestId, 'unknown');
            return;
          }
          this.audit('challenge-expired', message.requestId, 'unknown');
          this.port.send(client, answer(message.requestId, 'unknown', 'challenge-expired', null, CHALLENGE_EXPIRED));
          return;
        }
        this.challenges.delete(message.token);
        this.dispatched.add(message.requestId);
        this.wait(message.requestId, client);
        this.port.send(this.config.kernel, { kind: 'dispatch', requestId: message.requestId, operation: challenge.operation });
        this.startKernelTimer(message.requestId);
        return;
      }
      case 'abandon': {
        const challenge = this.challenges.get(message.token);
        const pending = challenge !== undefined && challenge.requestId === message.requestId;
        // BUG: an abandon that comes after the confirm (its token was consumed by the
        // dispatch) is recorded like any abandon, "not executed"
        if (!pending && !this.dispatched.has(message.requestId)) return;
        this.challenges.delete(message.token);
        this.audit('abandoned', message.requestId, 'not-executed');
        return;
      }
      case 'observe':
        this.wait(message.requestId, client);
        this.port.send(this.config.kernel, { kind: 'read', requestId: message.requestId });
        return;
      case 'outcome-query':
        this.wait(message.requestId, client);
        this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: message.requestId });
        this.startKernelTimer(message.requestId);
        return;
    }
  }

  private onKernel(reply: KernelReply): void {
    const requestId = reply.requestId;
    switch (reply.kind) {
      case 'state': {
        for (const client of this.takeWaiting(requestId)) this.port.send(client, { kind: 'observed', requestId, state: reply.state });
        return;
      }
      case 'decision':
        this.report(requestId, reply.decision, 'kernel-decision', reply.decision.kind === 'REJECT' ? 'kernel-rejection' : null);
        return;
      case 'duplicate':
        this.report(requestId, reply.first, 'kernel-duplicate', 'duplicate-request');
        return;
      case 'query-answer':
        this.report(requestId, reply.first, 'kernel-query', 'outcome-resolved');
        return;
    }
  }

  private report(requestId: string, first: Decision, source: AnswerSource, failure: FailureType | null): void {
    this.stopKernelTimer(requestId);
    const outcome: Outcome = first.kind === 'EXEC' ? 'executed' : 'not-executed';
    const resolves = this.unresolved.has(requestId) || !this.dispatched.has(requestId);
    if (failure === 'outcome-resolved' && !resolves) failure = null;
    if (failure === null && resolves) failure = 'outcome-resolved';
    if (failure !== null) this.audit(failure, requestId, outcome);
    const rejection: Rejection | null = first.kind === 'REJECT' ? first.rejection : null;
    const text = rejection !== null ? rejection.text : outcome === 'executed' ? 'executed' : 'not executed';
    this.answer(requestId, outcome, source, rejection, text);
  }

  private answer(requestId: string, outcome: Outcome, source: AnswerSource, rejection: Rejection | null, text: string): void {
    for (const client of this.takeWaiting(requestId)) this.port.send(client, answer(requestId, outcome, source, rejection, text));
  }

  private audit(failure: FailureType, requestId: string, outcome: Outcome): void {
    const record: AuditRecord = { kind: 'AUDIT', failure, timeMs: this.port.now(), requestId, outcome };
    this.port.append(record);
    this.port.sync();
    if (outcome === 'unknown') this.unresolved.add(requestId);
    else this.unresolved.delete(requestId);
  }

  private wait(requestId: string, client: Address): void {
    const clients = this.waiting.get(requestId);
    if (clients === undefined) this.waiting.set(requestId, [client]);
    else if (!clients.includes(client)) clients.push(client);
  }

  private takeWaiting(requestId: string): Address[] {
    const clients = this.waiting.get(requestId);
    if (clients === undefined) return [];
    this.waiting.delete(requestId);
    return clients;
  }

  private startKernelTimer(requestId: string): void {
    this.stopKernelTimer(requestId);
    this.timers.set(requestId, this.port.setTimer(this.config.kernelTimeoutMs, requestId));
  }

  private stopKernelTimer(requestId: string): void {
    const timer = this.timers.get(requestId);
    if (timer === undefined) return;
    this.timers.delete(requestId);
    this.port.cancelTimer(timer);
  }
}

function answer(requestId: string, outcome: Outcome, source: AnswerSource, rejection: Rejection | null, text: string): Message {
  return { kind: 'answer', requestId, outcome, source, rejection, text };
}

// ---- the client: forwards an abandon after the confirm, and keeps waiting ---------------------

type Phase = 'submitted' | 'challenged' | 'confirmed' | 'asking' | 'done';

interface PendingRequest {
  phase: Phase;
  token: string;
  timer: number;
}

class CancelWhileWaitingClient implements ClientActor {
  private readonly requests = new Map<string, PendingRequest>();

  constructor(
    private readonly port: Port,
    private readonly config: ClientConfig,
  ) {}

  onStart(): void {}

  onOperator(command: OperatorCommand): void {
    switch (command.kind) {
      case 'submit':
      case 'observe': {
        const requestId = this.port.drawId();
        this.port.display({ kind: 'request-id', intent: command.intent, requestId });
        this.port.send(
          this.config.controlPlane,
          command.kind === 'submit'
            ? { kind: 'submit', requestId, operation: command.operation }
            : { kind: 'observe', requestId },
        );
        this.requests.set(requestId, { phase: 'submitted', token: '', timer: this.startTimer(requestId) });
        return;
      }
      case 'confirm': {
        const request = this.requests.get(command.requestId);
        if (request === undefined || request.phase !== 'challenged') return;
        this.port.send(this.config.controlPlane, { kind: 'confirm', requestId: command.requestId, token: request.token });
        request.phase = 'confirmed';
        request.timer = this.startTimer(command.requestId);
        return;
      }
      case 'abandon': {
        const request = this.requests.get(command.requestId);
        if (request === undefined) return;
        if (request.phase === 'challenged') {
          this.port.send(this.config.controlPlane, { kind: 'abandon', requestId: command.requestId, token: request.token });
          request.phase = 'done';
          return;
        }
        // the operator may also cancel while waiting: tell the control plane, keep waiting
        // for whatever answer comes (the operator is shown the real outcome)
        if (request.phase === 'confirmed') {
          this.port.send(this.config.controlPlane, { kind: 'abandon', requestId: command.requestId, token: request.token });
        }
        return;
      }
      case 'ask-outcome': {
        const request = this.requests.get(command.requestId);
        if (request !== undefined && request.timer !== 0) this.port.cancelTimer(request.timer);
        this.port.send(this.config.controlPlane, { kind: 'outcome-query', requestId: command.requestId });
        this.requests.set(command.requestId, { phase: 'asking', token: '', timer: this.startTimer(command.requestId) });
        return;
      }
    }
  }

  onMessage(_from: Address, message: Message): void {
    switch (message.kind) {
      case 'challenge': {
        const request = this.requests.get(message.requestId);
        if (request === undefined || request.phase !== 'submitted') return;
        request.phase = 'challenged';
        request.token = message.token;
        this.stopTimer(request);
        this.port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
        return;
      }
      case 'answer': {
        const request = this.requests.get(message.requestId);
        if (request === undefined || request.phase === 'done' || request.phase === 'challenged') return;
        this.stopTimer(request);
        request.phase = 'done';
        this.port.display({
          kind: 'outcome',
          requestId: message.requestId,
          outcome: message.outcome,
          source: message.source,
          rejection: message.rejection,
          text: message.text,
        });
        return;
      }
      case 'observed': {
        const request = this.requests.get(message.requestId);
        if (request === undefined || request.phase === 'done') return;
        this.stopTimer(request);
        request.phase = 'done';
        this.port.display({ kind: 'observed', requestId: message.requestId, state: message.state });
        return;
      }
      default:
        return;
    }
  }

  onTimer(name: string): void {
    const request = this.requests.get(name);
    if (request === undefined || request.phase === 'done') return;
    request.timer = 0;
    request.phase = 'done';
    this.port.display({
      kind: 'outcome',
      requestId: name,
      outcome: 'unknown',
      source: 'no-response',
      rejection: null,
      text: NO_RESPONSE,
    });
  }

  private startTimer(requestId: string): number {
    return this.port.setTimer(this.config.responseTimeoutMs, requestId);
  }

  private stopTimer(request: PendingRequest): void {
    if (request.timer === 0) return;
    this.port.cancelTimer(request.timer);
    request.timer = 0;
  }
}

const sut: SystemUnderTest = {
  name: 'cp-abandon-after-confirm-audited-not-executed',
  createClient: (port, config) => new CancelWhileWaitingClient(port, config),
  createControlPlane: (port, config) => new AbandonAuditControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
