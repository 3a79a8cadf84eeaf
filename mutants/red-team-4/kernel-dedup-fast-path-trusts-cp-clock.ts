// MUTANT kernel-dedup-fast-path-trusts-cp-clock
// Clause 6.2 (Duplicate Requests): "Silent duplicate execution is forbidden."
// (and "Otherwise, the kernel MUST reject duplicates deterministically.")
//
// Bug: the kernel keeps its decisions in an in-memory cache that evicts an entry WINDOW_MS
// (kernel clock) after the decision; evicted decisions are still in the durable log. The
// control plane stamps each dispatch with its send time (control-plane clock). The kernel
// takes a fast path for "fresh" dispatches — sent less than WINDOW_MS ago by the stamp —
// and looks only in the cache (a fresh dispatch cannot be a copy of a decision old enough to
// have been evicted); older ("stale") dispatches take the slow path and search the log.
// With synchronised clocks that is sound: a decision is made after its dispatch was sent, so
// its cache entry outlives the dispatch's freshness. But the stamp is read on the control
// plane's clock and the age on the kernel's: when the control plane's clock runs ahead, a
// late copy of a dispatch looks fresh after its decision was evicted, misses the cache, and
// is decided and executed again.
//
// Shows only when: a dispatch copy (network duplicate, several copies) reaches the kernel more
// than WINDOW_MS (kernel clock) after the first copy was decided, AND the control plane's
// clock runs ahead of the kernel's by enough that the copy still looks fresh (clockSkewMsMax,
// clockDriftMax: swarm, timing-swarm).

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
  sentence: 'Silent duplicate execution is forbidden.',
  needs: 'a late dispatch copy (> 250 ms after the decision) while the control-plane clock runs ahead of the kernel clock (skew)',
};

const CHALLENGE_EXPIRED = 'challenge expired — outcome unknown';
const KERNEL_TIMEOUT = 'no reply from the kernel — outcome unknown';

interface Challenge {
  readonly requestId: string;
  readonly operation: Operation;
}

class StampingControlPlane implements Actor {
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
        this.port.send(this.config.kernel, {
          kind: 'dispatch',
          requestId: message.requestId,
          operation: challenge.operation,
          sentAtMs: this.port.now(),
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

// ---- the kernel: a decision cache with a freshness fast path ----------------------------------

const WINDOW_MS = 250;
const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

class FreshnessCacheKernel implements KernelActor {
  private readonly state = new KernelState();
  /** the decision cache: request id → decision and when it was cached (kernel clock); fences
   * are never evicted */
  private readonly cache = new Map<string, { readonly decision: Decision; readonly atMs: number }>();

  constructor(
    private readonly port: Port,
    private readonly config: KernelConfig,
  ) {}

  onStart(): void {
    const now = this.port.now(); // the cache starts warm with the whole log
    for (const record of this.port.records()) this.replay(record as KernelRecord, now);
  }

  onMessage(from: Address, message: Message): void {
    switch (message.kind) {
      case 'dispatch': {
        const sentAtMs = (message as { sentAtMs?: unknown }).sentAtMs;
        const fresh = typeof sentAtMs === 'number' && this.port.now() - sentAtMs <= WINDOW_MS;
        // BUG: a "fresh" dispatch is looked up in the cache only
        const first = fresh ? this.cached(message.requestId) : this.fromLog(message.requestId);
        if (first !== undefined) {
          this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
          return;
        }
        const rejection = this.state.decide(message.operation);
        const record: KernelRecord =
          rejection === null
            ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
            : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.decideDurably(record);
        this.port.send(from, { kind: 'decision', requestId: message.requestId, decision: toDecision(record) });
        return;
      }
      case 'fenced-query': {
        let first = this.fromLog(message.requestId);
        if (first === undefined) {
          this.decideDurably({ kind: 'FENCE', requestId: message.requestId });
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

  private cached(requestId: string): Decision | undefined {
    const entry = this.cache.get(requestId);
    if (entry === undefined) return undefined;
    if (entry.decision.kind !== 'FENCE' && this.port.now() - entry.atMs > WINDOW_MS) {
      this.cache.delete(requestId); // evicted; the log still has it
      return undefined;
    }
    return entry.decision;
  }

  /** The slow path: the first decision for the request id in the durable log. */
  private fromLog(requestId: string): Decision | undefined {
    for (const record of this.port.records()) {
      if (record.kind !== 'AUDIT' && record.kind !== 'INTENT' && record.requestId === requestId) return toDecision(record);
    }
    return undefined;
  }

  private decideDurably(record: KernelRecord): void {
    this.port.append(record);
    this.port.sync();
    this.replay(record, this.port.now());
  }

  /** Applies every EXEC in log order (a re-decided request id can have several). */
  private replay(record: KernelRecord, atMs: number): void {
    if (record.kind === 'EXEC') this.state.apply(record.operation);
    if (!this.cache.has(record.requestId)) this.cache.set(record.requestId, { decision: toDecision(record), atMs });
  }
}

function toDecision(record: KernelRecord): Decision {
  switch (record.kind) {
    case 'EXEC':
      return EXECUTED;
    case 'REJECT':
      return { kind: 'REJECT', rejection: record.rejection };
    case 'FENCE':
      return FENCED;
  }
}

const sut: SystemUnderTest = {
  name: 'kernel-dedup-fast-path-trusts-cp-clock',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new StampingControlPlane(port, config),
  createKernel: (port, config) => new FreshnessCacheKernel(port, config),
};
export default sut;
