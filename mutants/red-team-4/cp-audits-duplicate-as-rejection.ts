// MUTANT cp-audits-duplicate-as-rejection
// Clause 9 (Failure Visibility and Audit): "Audit records MUST include: Failure type"
// (the failure type recorded must be the failure that happened; 6.2 "If duplicate requests
// are received")
//
// Bug: when the kernel answers a dispatch with DUPLICATE naming a first decision REJECT, the
// control plane audits it with the failure type of the decision it names — "kernel-rejection"
// — instead of "duplicate-request" (the line was copied from the decision case, where the
// failure type follows the decision). The record has a time, the request and the right
// outcome (not executed); only its failure type is wrong: the log says the kernel rejected a
// request at that time, and nowhere says that a duplicate reached the kernel.
//
// Shows only when: a copy of a dispatch (network duplicate, or a dispatch sent again) reaches
// the kernel after that request id was REJECTED, and the DUPLICATE reply reaches the control
// plane.

import { validate } from '../../src/validation.ts';
import { reference } from '../../src/index.ts';
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
  sentence: 'Audit records MUST include: Failure type',
  needs: 'a dispatch copy reaching the kernel after its request was rejected, and the DUPLICATE reply handled',
};

const CHALLENGE_EXPIRED = 'challenge expired — outcome unknown';
const KERNEL_TIMEOUT = 'no reply from the kernel — outcome unknown';

interface Challenge {
  readonly requestId: string;
  readonly operation: Operation;
}

class MislabellingControlPlane implements Actor {
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
        if (challenge === undefined || challenge.requestId !== message.requestId) return;
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
        // BUG: the failure type follows the decision named, as for a decision
        this.report(requestId, reply.first, 'kernel-duplicate', reply.first.kind === 'REJECT' ? 'kernel-rejection' : 'duplicate-request');
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

const sut: SystemUnderTest = {
  name: 'cp-audits-duplicate-as-rejection',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new MislabellingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
