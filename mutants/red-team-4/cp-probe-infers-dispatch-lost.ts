// MUTANT cp-probe-infers-dispatch-lost
// Clause 5.2 (Crash During Kernel Request Dispatch) / 4.3: "No assumptions are allowed"
// (4.3: "The control plane MUST NOT guess"; 6.1 is the case it believes it is in)
//
// Bug: when the kernel does not answer a dispatch within its timeout, the control plane does
// not give up at once: it sends the kernel a cheap liveness probe (a read). If the probe is
// answered, the kernel is up and reachable — and "the kernel answers every dispatch it
// receives", so the engineer concludes the dispatch was lost in transit (clause 6.1: "If a
// request fails to reach the kernel: The action MUST NOT execute") and answers the operator
// "not executed", auditing a kernel-timeout with outcome not-executed. That inference assumes
// that the link works the same both ways and that messages are not reordered: with the
// kernel's decision dropped or cut by a one-way partition (kernel → control plane), or with
// the dispatch merely delayed behind the probe, the kernel executed (or will execute) the
// request. Only when the probe too goes unanswered does the control plane say "unknown", as
// the reference does.
//
// Shows only when: a dispatch gets no reply within the kernel timeout although the kernel
// received it or will receive it (decision dropped, one-way partition kernel→control plane,
// dispatch delayed longer than the timeout), AND the probe's answer arrives before the
// probe's own timeout, AND the kernel executes the request.

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
  clause: '5.2',
  sentence: 'No assumptions are allowed',
  needs: 'a dispatch whose decision is lost (drop, one-way partition kernel->control-plane) or that is delayed past the kernel timeout, while a probe read round-trips, and the kernel executes it',
};

const PROBE = 'probe:';
const DISPATCH_LOST = 'the request did not reach the kernel — not executed; re-issue it';


const CHALLENGE_EXPIRED = 'challenge expired — outcome unknown';
const KERNEL_TIMEOUT = 'no reply from the kernel — outcome unknown';

interface Challenge {
  readonly requestId: string;
  readonly operation: Operation;
}

class ProbingControlPlane implements Actor {
  private readonly challenges = new Map<string, Challenge>();
  private readonly seen = new Set<string>();
  private readonly dispatched = new Set<string>();
  private readonly waiting = new Map<string, Address[]>();
  private readonly timers = new Map<string, number>();
  private readonly unresolved = new Set<string>();
  /** dispatches whose kernel timer fired and whose liveness probe is out */
  private readonly probing = new Set<string>();
  /** request ids whose kernel timer guards a dispatch (not a fenced query) */
  private readonly dispatchTimers = new Set<string>();

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
    // name is the request id the kernel did not answer about
    if (!this.timers.has(name)) return;
    this.timers.delete(name);
    if (this.dispatchTimers.delete(name)) {
      // the dispatch went unanswered: is the kernel there at all?
      this.probing.add(name);
      this.port.send(this.config.kernel, { kind: 'read', requestId: PROBE + name });
      this.timers.set(name, this.port.setTimer(this.config.kernelTimeoutMs, name));
      return;
    }
    this.probing.delete(name);
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
        this.dispatchTimers.add(message.requestId);
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
        if (requestId.startsWith(PROBE)) {
          const probed = requestId.slice(PROBE.length);
          if (!this.probing.delete(probed)) return;
          // BUG: the kernel is reachable and never answered, so the dispatch never reached it
          this.stopKernelTimer(probed);
          this.audit('kernel-timeout', probed, 'not-executed');
          this.answer(probed, 'not-executed', 'timeout', null, DISPATCH_LOST);
          return;
        }
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
    this.dispatchTimers.delete(requestId);
    this.probing.delete(requestId);
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
  name: 'cp-probe-infers-dispatch-lost',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new ProbingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
