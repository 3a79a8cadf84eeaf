// MUTANT kernel-fence-yields-to-later-timestamp
// Clause 6.2 (Duplicate Requests): "Otherwise, the kernel MUST reject duplicates deterministically."
// (the same run also breaks 4.3 "The execution outcome MUST be determined from kernel state":
// an operator is told "not executed" by a fenced query, and the request executes afterwards)
//
// Bug: the control plane stamps each dispatch with the time it admitted the request (its own
// port.now() when the submit arrived), and the kernel stamps each FENCE it writes with its
// own port.now(). The kernel's rule is "a fence kills the dispatches of requests issued
// before it; a request issued after the fence is a new attempt": when a dispatch arrives
// for a fenced request id, the kernel compares the dispatch's issue time (control-plane
// clock) with the fence time (kernel clock) and, if the request looks newer than the fence,
// decides and executes it instead of answering DUPLICATE first=FENCE. With equal clocks the
// fence is always later than the admission of any request it can be about, so it always
// holds; but the two processes' clocks are different clocks — when the control plane's runs
// ahead of the kernel's by more than the time between admission and fence, a stale dispatch
// executes over a fence. Whether a duplicate is rejected then depends on clock skew, not on
// the kernel's log.
//
// Shows only when: a dispatch reaches the kernel after a fenced query fenced its request id
// (the dispatch delayed past the operator's question, or another operator asking about a
// pending request) AND the control plane's clock reads later at admission than the kernel's
// at the fence (clockSkewMsMax / clockDriftMax with the control plane ahead), or the submit
// itself reached the control plane after the fence.

import { validate } from '../../src/validation.ts';
import { reference } from '../../src/index.ts';
import { KernelState } from '../../src/kernel-state.ts';
import type { KernelActor, KernelConfig } from '../../src/ports.ts';
import type { KernelRecord, StateView } from '../../src/protocol.ts';
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
  clause: '6.2',
  sentence: 'Otherwise, the kernel MUST reject duplicates deterministically.',
  needs: 'a dispatch reaching the kernel after a FENCE of its id, with the control plane clock ahead of the kernel clock (clock skew)',
};

const CHALLENGE_EXPIRED = 'challenge expired — outcome unknown';
const KERNEL_TIMEOUT = 'no reply from the kernel — outcome unknown';

interface Challenge {
  readonly requestId: string;
  readonly operation: Operation;
  /** when this control plane admitted the request (its own clock) */
  readonly issuedAtMs: number;
}

class TimestampControlPlane implements Actor {
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
        this.challenges.set(token, { requestId: message.requestId, operation: message.operation, issuedAtMs: this.port.now() });
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
        this.port.send(this.config.kernel, {
          kind: 'dispatch',
          requestId: message.requestId,
          operation: challenge.operation,
          issuedAtMs: challenge.issuedAtMs,
        } as Message);
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

// ---- the kernel: fences carry the kernel's clock, dispatches the control plane's -------------

const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

class TimestampFenceKernel implements KernelActor {
  private readonly state = new KernelState();
  private readonly decisions = new Map<string, Decision>();
  /** request id → kernel clock when it was fenced (fences replayed from the log: at start) */
  private readonly fencedAt = new Map<string, number>();

  constructor(
    private readonly port: Port,
    private readonly config: KernelConfig,
  ) {}

  onStart(): void {
    for (const record of this.port.records()) this.replay(record as KernelRecord);
    const now = this.port.now();
    for (const [requestId, decision] of this.decisions) if (decision.kind === 'FENCE') this.fencedAt.set(requestId, now);
  }

  onMessage(from: Address, message: Message): void {
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
        const issuedAtMs = (message as { issuedAtMs?: unknown }).issuedAtMs;
        // BUG: a dispatch of a request issued after its fence is taken as a new attempt
        const newerThanFence =
          first !== undefined &&
          first.kind === 'FENCE' &&
          typeof issuedAtMs === 'number' &&
          issuedAtMs > (this.fencedAt.get(message.requestId) ?? Number.POSITIVE_INFINITY);
        if (first !== undefined && !newerThanFence) {
          this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
          return;
        }
        const rejection = this.state.decide(message.operation);
        const record: KernelRecord =
          rejection === null
            ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
            : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.decideDurably(record);
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
        this.port.send(from, { kind: 'decision', requestId: message.requestId, decision });
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first === undefined) {
          const at = this.port.now();
          this.decideDurably({ kind: 'FENCE', requestId: message.requestId });
          this.fencedAt.set(message.requestId, at);
          first = FENCED;
        }
        this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first });
        return;
      }
      case 'read':
        this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.state.view() });
        return;
      default:
        return;
    }
  }

  onTimer(): void {}

  inspect(): StateView {
    return this.state.view();
  }

  private decideDurably(record: KernelRecord): void {
    this.port.append(record);
    this.port.sync();
    this.replay(record);
  }

  private replay(record: KernelRecord): void {
    const earlier = this.decisions.get(record.requestId);
    // a FENCE may be overtaken by the decision of a "newer" dispatch (see above)
    if (earlier !== undefined && !(earlier.kind === 'FENCE' && record.kind !== 'FENCE')) return;
    switch (record.kind) {
      case 'EXEC':
        this.state.apply(record.operation);
        this.decisions.set(record.requestId, EXECUTED);
        this.fencedAt.delete(record.requestId);
        return;
      case 'REJECT':
        this.decisions.set(record.requestId, { kind: 'REJECT', rejection: record.rejection });
        this.fencedAt.delete(record.requestId);
        return;
      case 'FENCE':
        this.decisions.set(record.requestId, FENCED);
        return;
    }
  }
}

const sut: SystemUnderTest = {
  name: 'kernel-fence-yields-to-later-timestamp',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new TimestampControlPlane(port, config),
  createKernel: (port, config) => new TimestampFenceKernel(port, config),
};
export default sut;
