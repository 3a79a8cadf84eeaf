// The fast-check peer's own properties, written from the failure model
// (shared/spec/phase7-failure-model.md) and the protocol's documented meaning
// (src/protocol.ts, src/ports.ts) — not from sim/invariants. The Oracle watches the world
// (model.ts) as things happen and records a violation the moment a property breaks; the
// commands (commands.ts) throw it after each command, and `finish` checks the end state.
//
// Ground truth is the kernel's durable log (spec 4.3, 5.2, 7.2: "kernel state is
// authoritative"), and causality: which handler, handling what, made a process send,
// write or display something.
//
// Properties (ids as reported):
//   at-most-once        no request id has two EXEC records in the kernel's log (6.2)
//   confirm-required    every EXEC is of a request the operator confirmed, on a client that
//                       had shown its challenge in the same incarnation, with a confirm
//                       carrying the token that same control-plane incarnation issued (4.2)
//   same-operation      what executes, and what a challenge shows, is exactly what the
//                       operator submitted (8.1: no auto-correction)
//   decision-final      once the kernel's durable log holds REJECT or FENCE for R, R never
//                       executes (7.1 "rejection is final"; a fence is what "not executed" means)
//   abandon-inert       nothing executes for a request the operator abandoned (8.2)
//   told-truth          an operator told "executed" sees a durable EXEC; told "not executed"
//                       sees a durable REJECT/FENCE, or a validation failure of a request that was
//                       never dispatched — and R never executes afterwards (4.3, 5.2, 7.2)
//   reject-verbatim     a kernel rejection reaches the operator verbatim (code and text) (7.1)
//   invalid-rejected    an invalid request is never challenged; its rejection is the
//                       validator's explanation, verbatim (8.1)
//   client-initiative   a client sends only what the operator asked for, once: a submit with a
//                       fresh request id, a confirm/abandon only after showing the challenge in
//                       this incarnation, no resend (2, 4.1, 4.2, 10)
//   cp-initiative       the control plane sends the kernel only: one dispatch per request id
//                       ever, in answer to a confirm with a token this incarnation issued; a
//                       fenced query in answer to an operator's outcome query; a read in answer
//                       to an observe. No replay, retry, compensation, reconciliation (2, 5, 10, 11)
//   one-challenge       a control-plane incarnation challenges a request id at most once (6.2)
//   audit               every failure is in the synced audit log, with the right request id,
//                       time, type and outcome, before the reply reporting it; the log's last
//                       word on R never contradicts the operator or the kernel (9)
//   answer-source       an answer says where it came from truthfully, and a kernel-sourced
//                       answer carries the kernel's decision unchanged (9, 7.1)
//   display-verbatim    a client shows the answer it received, or "no response" from its own
//                       timer — nothing else (4.3, 7.1)
//   solicited           every display answers a pending operator action (2: explicit termination)
//   observe-consistent  an observed state is a durable kernel state from the observe's lifetime
//   kernel-ack-durable  a kernel reply speaks only of synced decisions and synced state (5.3, 7.2)
//   kernel-atomic       the kernel's live state is its log replayed (no partial effects) (1)
//   liveness            every operator action is answered within the client's response timeout
//   determinism         the same commands give the same run (a precondition of shrinking)
//   port-contract       crashes are not swallowed; handlers do not throw

import { KernelState } from '../../src/kernel-state.ts';
import type { Address } from '../../src/ports.ts';
import type { AuditRecord, Decision, Display, DurableRecord, FailureType, KernelRecord, Message, Operation, Rejection, StateView } from '../../src/protocol.ts';
import { validate } from '../../src/validation.ts';
import { CONTROL_PLANE, KERNEL, RESPONSE_TIMEOUT_MS, START_MS, type Context, type Observer, type Process, type World } from './model.ts';

export interface Violation {
  readonly property: string;
  readonly text: string;
  readonly step: number;
}

export class PropertyViolation extends Error {
  constructor(readonly violation: Violation) {
    super(`[${violation.property}] ${violation.text}`);
  }
}

interface Obligation {
  readonly client: Address;
  readonly inc: number;
  readonly requestId: string | null;
  readonly what: string;
  readonly due: number;
}

interface Token {
  readonly requestId: string;
  readonly cpInc: number;
  readonly operation: Operation;
}

/** Scratch of the handler in progress. */
interface Scratch {
  /** client: the operator command's request id and whether its challenge was awaiting a decision */
  requestId: string | null;
  awaiting: boolean;
  /** client: request id of the submit/observe sent, and of the request-id display */
  sentId: string | null;
  shownId: string | null;
  clientSends: number;
  /** control plane: a genuine confirm / abandon (token of this incarnation for R, unused) */
  genuineConfirm: string | null;
  genuineAbandon: string | null;
  duplicateSubmit: string | null;
  duplicateConfirm: string | null;
  cpKernelSends: number;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Our replay of a kernel log: EXEC records in order, each applied if it applies. */
export function replayState(records: readonly DurableRecord[]): StateView {
  const state = new KernelState();
  for (const record of records) {
    if (record.kind === 'EXEC' && state.decide(record.operation) === null) state.apply(record.operation);
  }
  return state.view();
}

function isDecisionRecord(record: DurableRecord): record is KernelRecord {
  return record.kind === 'EXEC' || record.kind === 'REJECT' || record.kind === 'FENCE';
}

function asDecision(record: KernelRecord): Decision {
  return record.kind === 'REJECT' ? { kind: 'REJECT', rejection: record.rejection } : { kind: record.kind };
}

const freshScratch = (): Scratch => ({
  requestId: null,
  awaiting: false,
  sentId: null,
  shownId: null,
  clientSends: 0,
  genuineConfirm: null,
  genuineAbandon: null,
  duplicateSubmit: null,
  duplicateConfirm: null,
  cpKernelSends: 0,
});

export class Oracle implements Observer {
  readonly violations: Violation[] = [];
  /** request-id displays per client (any incarnation): what the operator knows */
  readonly known = new Map<Address, string[]>();

  private readonly opOf = new Map<string, Operation>();
  private readonly observeIds = new Set<string>();
  private readonly usedIds = new Set<string>();
  private readonly shownIds = new Set<string>();
  private readonly tokens = new Map<string, Token>();
  private readonly consumed = new Set<string>();
  private readonly challenged = new Set<string>(); // `${cpInc}:${R}`
  private readonly submitsSeen = new Set<string>(); // `${cpInc}:${R}`
  private readonly dispatchedBy = new Map<string, number>(); // R → cp incarnation
  private readonly received = new Map<string, Set<string>>(); // `${client}@${inc}:${R}` → tokens
  private readonly awaiting = new Set<string>(); // `${client}@${inc}:${R}`
  private readonly operatorConfirmed = new Set<string>(); // `${client}@${inc}:${R}`
  private readonly confirmedAtCp = new Set<string>();
  private readonly abandoned = new Set<string>();
  private readonly toldNotExecuted = new Map<string, string>();
  private readonly durable: string[] = [];
  private readonly observeFrom = new Map<string, number>();
  private obligations: Obligation[] = [];
  private scratch: Scratch = freshScratch();

  constructor() {
    this.durable.push(JSON.stringify(replayState([])));
  }

  private fail(world: World, property: string, text: string): void {
    this.violations.push({ property, text: `${text} (t=${world.now - START_MS}ms)`, step: world.steps });
  }

  /** Throws the first violation, if any. */
  assertOk(): void {
    const first = this.violations[0];
    if (first !== undefined) throw new PropertyViolation(first);
  }

  // ---- helpers over the logs -----------------------------------------------------------

  private kernelLog(world: World): readonly DurableRecord[] {
    return world.proc(KERNEL).log;
  }

  private kernelSynced(world: World): readonly DurableRecord[] {
    const kernel = world.proc(KERNEL);
    return kernel.log.slice(0, kernel.synced);
  }

  private firstDecision(records: readonly DurableRecord[], requestId: string): KernelRecord | undefined {
    for (const record of records) if (isDecisionRecord(record) && record.requestId === requestId) return record;
    return undefined;
  }

  private hasExec(records: readonly DurableRecord[], requestId: string): boolean {
    return records.some((r) => r.kind === 'EXEC' && r.requestId === requestId);
  }

  private auditsFor(world: World, requestId: string): AuditRecord[] {
    const cp = world.proc(CONTROL_PLANE);
    return cp.log.slice(0, cp.synced).filter((r): r is AuditRecord => r.kind === 'AUDIT' && r.requestId === requestId);
  }

  private obligation(world: World, proc: Process, requestId: string | null, what: string): void {
    // a new operator action on R supersedes the earlier ones on R: its answer answers them
    if (requestId !== null) this.obligations = this.obligations.filter((o) => !(o.client === proc.address && o.inc === proc.inc && o.requestId === requestId));
    this.obligations.push({ client: proc.address, inc: proc.inc, requestId, what, due: world.now + RESPONSE_TIMEOUT_MS });
  }

  /** Removes the obligations a display discharges; false if there were none. */
  private discharge(proc: Process, requestId: string): boolean {
    const before = this.obligations.length;
    this.obligations = this.obligations.filter((o) => !(o.client === proc.address && o.inc === proc.inc && o.requestId === requestId));
    return this.obligations.length < before;
  }

  /** Request ids whose challenge this client incarnation shows, awaiting the operator. */
  onScreen(proc: Process): string[] {
    const prefix = `${proc.address}@${proc.inc}:`;
    return [...this.awaiting].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  }

  // ---- Observer ------------------------------------------------------------------------

  beforeHandler(world: World, proc: Process, ctx: Context): void {
    this.scratch = freshScratch();
    const me = `${proc.address}@${proc.inc}`;
    if (ctx.kind === 'operator') {
      const command = ctx.command;
      if (command.kind === 'confirm' || command.kind === 'abandon' || command.kind === 'ask-outcome') {
        const key = `${me}:${command.requestId}`;
        this.scratch.requestId = command.requestId;
        this.scratch.awaiting = this.awaiting.has(key);
        this.awaiting.delete(key); // any operator command on R ends the wait for a decision
        if (command.kind === 'confirm' && this.scratch.awaiting) {
          this.operatorConfirmed.add(key);
          this.obligation(world, proc, command.requestId, `confirm ${command.requestId}`);
        }
        if (command.kind === 'abandon' && this.scratch.awaiting) this.abandoned.add(command.requestId);
        if (command.kind === 'ask-outcome') this.obligation(world, proc, command.requestId, `ask-outcome ${command.requestId}`);
      }
      return;
    }
    if (ctx.kind !== 'message') return;
    const m = ctx.message;
    if (proc.role === 'client' && m.kind === 'challenge' && ctx.from === CONTROL_PLANE) {
      const key = `${me}:${m.requestId}`;
      const set = this.received.get(key) ?? new Set<string>();
      set.add(m.token);
      this.received.set(key, set);
    }
    if (proc.role === 'control-plane' && ctx.from !== KERNEL) {
      if (m.kind === 'confirm' || m.kind === 'abandon') {
        const token = this.tokens.get(m.token);
        const genuine = token !== undefined && token.requestId === m.requestId && token.cpInc === proc.inc && !this.consumed.has(m.token);
        if (genuine) {
          this.consumed.add(m.token);
          if (m.kind === 'confirm') {
            this.scratch.genuineConfirm = m.requestId;
            if (this.operatorConfirmed.has(`${ctx.from}@${ctx.fromInc}:${m.requestId}`)) this.confirmedAtCp.add(m.requestId);
          } else {
            this.scratch.genuineAbandon = m.requestId;
          }
        } else if (m.kind === 'confirm' && this.dispatchedBy.get(m.requestId) === proc.inc) {
          this.scratch.duplicateConfirm = m.requestId;
        }
      }
      if (m.kind === 'submit') {
        const key = `${proc.inc}:${m.requestId}`;
        if (this.submitsSeen.has(key)) this.scratch.duplicateSubmit = m.requestId;
        this.submitsSeen.add(key);
      }
    }
  }

  sent(world: World, proc: Process, to: Address, message: Message, ctx: Context): void {
    if (proc.role === 'client') this.clientSent(world, proc, to, message, ctx);
    else if (proc.role === 'control-plane') this.cpSent(world, proc, to, message, ctx);
    else this.kernelSent(world, proc, message);
  }

  private clientSent(world: World, proc: Process, to: Address, m: Message, ctx: Context): void {
    const who = `${proc.label}@${proc.inc}`;
    const own = (what: string) => this.fail(world, 'client-initiative', `${who} sent ${what} ${ctx.kind === 'operator' ? `while handling the operator's ${ctx.command.kind}` : `on its own (${ctx.kind}${ctx.kind === 'message' ? ` ${ctx.message.kind}` : ''})`}`);
    if (to !== CONTROL_PLANE) own(`${m.kind} to address ${to}`);
    this.scratch.clientSends++;
    if (this.scratch.clientSends > 1) own(`a second message (${m.kind} ${m.requestId}) for one operator action`);
    switch (m.kind) {
      case 'submit':
      case 'observe': {
        if (ctx.kind !== 'operator' || ctx.command.kind !== m.kind) {
          own(`${m.kind} ${m.requestId}`);
        } else if (this.usedIds.has(m.requestId)) {
          own(`${m.kind} under request id ${m.requestId}, already used (a resend or a reused id)`);
        }
        if (ctx.kind === 'operator' && ctx.command.kind === 'submit' && m.kind === 'submit') {
          if (!this.usedIds.has(m.requestId)) this.opOf.set(m.requestId, ctx.command.operation);
          if (!deepEqual(m.operation, ctx.command.operation)) {
            this.fail(world, 'same-operation', `${who} submitted ${JSON.stringify(m.operation)} for the operator's ${JSON.stringify(ctx.command.operation)}`);
          }
        }
        if (m.kind === 'observe' && !this.usedIds.has(m.requestId)) {
          this.observeIds.add(m.requestId);
          this.observeFrom.set(m.requestId, this.durable.length - 1);
        }
        this.usedIds.add(m.requestId);
        this.scratch.sentId = m.requestId;
        return;
      }
      case 'confirm':
      case 'abandon': {
        const ok =
          ctx.kind === 'operator' &&
          ctx.command.kind === m.kind &&
          ctx.command.requestId === m.requestId &&
          this.scratch.awaiting &&
          (this.received.get(`${proc.address}@${proc.inc}:${m.requestId}`)?.has(m.token) ?? false);
        if (!ok) own(`${m.kind} ${m.requestId} without the operator ${m.kind === 'confirm' ? 'confirming' : 'abandoning'} a challenge this incarnation showed`);
        return;
      }
      case 'outcome-query':
        if (ctx.kind !== 'operator' || ctx.command.kind !== 'ask-outcome' || ctx.command.requestId !== m.requestId) own(`outcome-query ${m.requestId}`);
        return;
      default:
        own(m.kind);
    }
  }

  private cpSent(world: World, proc: Process, to: Address, m: Message, ctx: Context): void {
    const who = `control-plane@${proc.inc}`;
    const why = ctx.kind === 'message' ? `handling ${ctx.message.kind} ${ctx.message.requestId}` : `in ${ctx.kind}`;
    if (to === KERNEL) {
      this.scratch.cpKernelSends++;
      const initiative = (what: string) => this.fail(world, 'cp-initiative', `${who} sent the kernel ${what} while ${why}`);
      switch (m.kind) {
        case 'dispatch': {
          const ok = ctx.kind === 'message' && ctx.message.kind === 'confirm' && ctx.message.requestId === m.requestId && this.scratch.genuineConfirm === m.requestId;
          if (!ok) initiative(`dispatch ${m.requestId} (${m.operation.kind}), not for a confirm of a challenge it issued`);
          else {
            const token = ctx.message.kind === 'confirm' ? this.tokens.get(ctx.message.token) : undefined;
            if (token !== undefined && !deepEqual(token.operation, m.operation)) {
              this.fail(world, 'same-operation', `${who} dispatched ${JSON.stringify(m.operation)} for a challenge of ${JSON.stringify(token.operation)}`);
            }
          }
          if (this.dispatchedBy.has(m.requestId)) initiative(`a second dispatch of ${m.requestId} (first by control-plane@${this.dispatchedBy.get(m.requestId)})`);
          else this.dispatchedBy.set(m.requestId, proc.inc);
          if (this.scratch.cpKernelSends > 1) initiative(`a second kernel request (${m.kind} ${m.requestId}) in one handler`);
          return;
        }
        case 'fenced-query':
          if (!(ctx.kind === 'message' && ctx.message.kind === 'outcome-query' && ctx.message.requestId === m.requestId)) initiative(`fenced-query ${m.requestId}`);
          return;
        case 'read':
          if (!(ctx.kind === 'message' && ctx.message.kind === 'observe' && ctx.message.requestId === m.requestId)) initiative(`read ${m.requestId}`);
          return;
        default:
          initiative(`${m.kind} ${m.requestId}`);
          return;
      }
    }
    switch (m.kind) {
      case 'challenge': {
        const ok = ctx.kind === 'message' && ctx.message.kind === 'submit' && ctx.message.requestId === m.requestId && ctx.from === to;
        if (!ok) this.fail(world, 'confirm-required', `${who} sent a challenge for ${m.requestId} while ${why}`);
        if (ctx.kind === 'message' && ctx.message.kind === 'submit' && !deepEqual(ctx.message.operation, m.operation)) {
          this.fail(world, 'same-operation', `${who} challenged ${JSON.stringify(m.operation)} for a submit of ${JSON.stringify(ctx.message.operation)}`);
        }
        const problem = validate(m.operation);
        if (problem !== null) this.fail(world, 'invalid-rejected', `${who} challenged an invalid request ${m.requestId} (${problem.text})`);
        const key = `${proc.inc}:${m.requestId}`;
        if (this.challenged.has(key)) this.fail(world, 'one-challenge', `${who} challenged ${m.requestId} a second time`);
        this.challenged.add(key);
        if (this.tokens.has(m.token)) this.fail(world, 'one-challenge', `${who} reused challenge token ${m.token}`);
        else this.tokens.set(m.token, { requestId: m.requestId, cpInc: proc.inc, operation: m.operation });
        return;
      }
      case 'answer':
        this.checkAnswer(world, proc, m, ctx);
        return;
      default:
        return;
    }
  }

  private checkAnswer(world: World, proc: Process, m: Message & { kind: 'answer' }, ctx: Context): void {
    const who = `control-plane@${proc.inc}`;
    const R = m.requestId;
    // answer-source: the answer says where it came from, truthfully; kernel answers unchanged
    const km = ctx.kind === 'message' && ctx.from === KERNEL && ctx.message.requestId === R ? ctx.message : null;
    let fromKernel: Decision | null = null;
    let sourceOk: boolean;
    switch (m.source) {
      case 'timeout':
        sourceOk = ctx.kind === 'timer';
        break;
      case 'challenge-expired':
        sourceOk = ctx.kind === 'message' && ctx.message.kind === 'confirm';
        break;
      case 'validation':
        sourceOk = ctx.kind === 'message' && ctx.message.kind === 'submit';
        break;
      case 'kernel-decision':
        sourceOk = km?.kind === 'decision';
        if (km?.kind === 'decision') fromKernel = km.decision;
        break;
      case 'kernel-duplicate':
        sourceOk = km?.kind === 'duplicate';
        if (km?.kind === 'duplicate') fromKernel = km.first;
        break;
      case 'kernel-query':
        sourceOk = km?.kind === 'query-answer';
        if (km?.kind === 'query-answer') fromKernel = km.first;
        break;
    }
    if (!sourceOk) this.fail(world, 'answer-source', `${who} answered ${R} '${m.outcome}' labelled '${m.source}' while ${ctx.kind === 'message' ? `handling ${ctx.message.kind}` : ctx.kind}`);
    if (fromKernel !== null) {
      const outcome = fromKernel.kind === 'EXEC' ? 'executed' : 'not-executed';
      const rejection = fromKernel.kind === 'REJECT' ? fromKernel.rejection : null;
      if (m.outcome !== outcome || !deepEqual(m.rejection, rejection)) {
        this.fail(world, fromKernel.kind === 'REJECT' ? 'reject-verbatim' : 'answer-source', `${who} answered ${R} '${m.outcome}' ${JSON.stringify(m.rejection)} for the kernel's ${JSON.stringify(fromKernel)}`);
      }
      if (rejection !== null && m.text !== rejection.text) this.fail(world, 'reject-verbatim', `${who} reworded the kernel's rejection of ${R}: "${m.text}" for "${rejection.text}"`);
    }
    // audit: failures are durably logged before the reply that reports them
    const audits = this.auditsFor(world, R);
    const latest = audits[audits.length - 1];
    let allowed: readonly FailureType[] = [];
    let fresh = m.outcome === 'unknown';
    if (ctx.kind === 'timer') allowed = ['kernel-timeout'];
    else if (ctx.kind === 'message') {
      switch (ctx.message.kind) {
        case 'confirm':
          allowed = ['challenge-expired'];
          fresh = true;
          break;
        case 'submit':
          allowed = ['invalid-request'];
          fresh = true;
          break;
        case 'decision':
          allowed = ['kernel-rejection', 'outcome-resolved'];
          if (ctx.message.decision.kind === 'REJECT') fresh = true;
          break;
        case 'duplicate':
          allowed = ['duplicate-request', 'outcome-resolved'];
          fresh = true;
          break;
        case 'query-answer':
          allowed = ['outcome-resolved'];
          break;
        default:
          break;
      }
    }
    if (fresh) {
      const ok = latest !== undefined && latest.outcome === m.outcome && latest.timeMs === world.now && allowed.includes(latest.failure);
      if (!ok) {
        this.fail(world, 'audit', `${who} answered ${R} '${m.outcome}' (${m.source}) without a synced audit record of it (wanted ${allowed.join('/') || 'none allowed here'} at t=${world.now - START_MS}, ${m.outcome}; latest synced: ${latest === undefined ? 'none' : `${latest.failure} t=${latest.timeMs - START_MS} ${latest.outcome}`})`);
      }
    } else if (latest !== undefined && m.outcome !== 'unknown' && latest.outcome !== m.outcome) {
      this.fail(world, 'audit', `${who} answered ${R} '${m.outcome}' but its audit log's last word on ${R} is ${latest.failure} '${latest.outcome}'`);
    }
  }

  private kernelSent(world: World, proc: Process, m: Message): void {
    const who = `kernel@${proc.inc}`;
    let named: Decision | null = null;
    if (m.kind === 'decision') named = m.decision;
    else if (m.kind === 'duplicate') named = m.first;
    else if (m.kind === 'query-answer') {
      named = m.first;
      if (m.executed !== (m.first.kind === 'EXEC')) this.fail(world, 'kernel-ack-durable', `${who} answered ${m.requestId} executed=${m.executed} with first decision ${m.first.kind}`);
    } else if (m.kind === 'state') {
      const current = this.durable[this.durable.length - 1];
      if (JSON.stringify(m.state) !== current) this.fail(world, 'kernel-ack-durable', `${who} answered a read with a state that is not its durable state`);
      return;
    } else return;
    const first = this.firstDecision(this.kernelSynced(world), m.requestId);
    if (first === undefined || !deepEqual(asDecision(first), named)) {
      this.fail(world, 'kernel-ack-durable', `${who} replied ${m.kind} ${JSON.stringify(named)} for ${m.requestId}; its synced log's first decision is ${first === undefined ? 'none' : JSON.stringify(asDecision(first))}`);
    }
  }

  displayed(world: World, proc: Process, output: Display, ctx: Context): void {
    const who = `${proc.label}@${proc.inc}`;
    if (proc.role !== 'client') {
      this.fail(world, 'port-contract', `${who} displayed something (only clients have an operator)`);
      return;
    }
    if (output.kind === 'request-id') {
      if (ctx.kind !== 'operator' || (ctx.command.kind !== 'submit' && ctx.command.kind !== 'observe') || ctx.command.intent !== output.intent) {
        this.fail(world, 'solicited', `${who} showed request id ${output.requestId} unprompted`);
      }
      this.scratch.shownId = output.requestId;
      this.shownIds.add(output.requestId);
      const list = this.known.get(proc.address) ?? [];
      if (!list.includes(output.requestId)) list.push(output.requestId);
      this.known.set(proc.address, list);
      return;
    }
    const R = output.requestId;
    const solicited = this.discharge(proc, R);
    if (!solicited) this.fail(world, 'solicited', `${who} showed ${output.kind === 'outcome' ? `outcome '${output.outcome}'` : output.kind} for ${R}, which no pending operator action asked for`);
    switch (output.kind) {
      case 'challenge': {
        const ok = ctx.kind === 'message' && ctx.message.kind === 'challenge' && ctx.message.requestId === R && deepEqual(ctx.message.operation, output.operation);
        if (!ok) this.fail(world, 'display-verbatim', `${who} showed a challenge for ${R} that no challenge message carried`);
        const op = this.opOf.get(R);
        if (op !== undefined && !deepEqual(op, output.operation)) this.fail(world, 'same-operation', `${who} showed a challenge of ${JSON.stringify(output.operation)} for the operator's ${JSON.stringify(op)}`);
        const problem = validate(output.operation);
        if (problem !== null || (op !== undefined && validate(op) !== null)) this.fail(world, 'invalid-rejected', `${who} showed a challenge for an invalid request ${R}`);
        this.awaiting.add(`${proc.address}@${proc.inc}:${R}`);
        return;
      }
      case 'observed': {
        const ok = ctx.kind === 'message' && ctx.message.kind === 'observed' && ctx.message.requestId === R && deepEqual(ctx.message.state, output.state);
        if (!ok) this.fail(world, 'display-verbatim', `${who} showed an observed state for ${R} that no observed message carried`);
        const from = this.observeFrom.get(R);
        if (from === undefined) {
          this.fail(world, 'observe-consistent', `${who} showed an observed state for ${R}, which is not an observe`);
          return;
        }
        const shown = JSON.stringify(output.state);
        if (!this.durable.slice(from).includes(shown)) this.fail(world, 'observe-consistent', `${who} showed a state for ${R} that the kernel never durably held while it was asked: ${shown}`);
        return;
      }
      case 'outcome': {
        if (ctx.kind === 'timer') {
          if (output.outcome !== 'unknown' || output.source !== 'no-response') this.fail(world, 'display-verbatim', `${who} turned its own timeout on ${R} into '${output.outcome}' (${output.source})`);
        } else if (ctx.kind === 'message' && ctx.message.kind === 'answer' && ctx.message.requestId === R) {
          const a = ctx.message;
          if (a.outcome !== output.outcome || a.source !== output.source || !deepEqual(a.rejection, output.rejection) || (a.rejection !== null && a.text !== output.text)) {
            this.fail(world, 'display-verbatim', `${who} showed ${R} as '${output.outcome}' ${JSON.stringify(output.rejection)} "${output.text}" for an answer '${a.outcome}' ${JSON.stringify(a.rejection)} "${a.text}"`);
          }
        } else {
          this.fail(world, 'display-verbatim', `${who} showed outcome '${output.outcome}' for ${R} while ${ctx.kind === 'message' ? `handling ${ctx.message.kind} ${ctx.message.requestId}` : ctx.kind}, not from an answer about it`);
        }
        this.checkTold(world, who, R, output.outcome, output.rejection, output.text);
        return;
      }
    }
  }

  /** told-truth and reject-verbatim / invalid-rejected for an outcome shown to an operator. */
  private checkTold(world: World, who: string, R: string, outcome: string, rejection: Rejection | null, text: string): void {
    const synced = this.kernelSynced(world);
    if (outcome === 'executed') {
      if (!this.hasExec(synced, R)) this.fail(world, 'told-truth', `${who} told the operator ${R} executed; the kernel's durable log has no EXEC for it`);
      return;
    }
    if (outcome !== 'not-executed') return;
    if (this.hasExec(this.kernelLog(world), R)) {
      this.fail(world, 'told-truth', `${who} told the operator ${R} did not execute; the kernel executed it`);
      return;
    }
    const first = this.firstDecision(synced, R);
    if (first?.kind === 'REJECT') {
      if (!deepEqual(rejection, first.rejection) || text !== first.rejection.text) {
        this.fail(world, 'reject-verbatim', `${who} showed ${R} not executed with ${JSON.stringify(rejection)} "${text}"; the kernel rejected it with ${JSON.stringify(first.rejection)}`);
      }
    } else if (first?.kind !== 'FENCE') {
      const op = this.opOf.get(R);
      const problem = op === undefined ? null : validate(op);
      if (problem === null || this.dispatchedBy.has(R)) {
        this.fail(world, 'told-truth', `${who} told the operator ${R} did not execute, a guess: the kernel's durable log holds no decision for it${problem === null ? ' and it is a valid request' : ' and it was dispatched'}`);
      } else if (!deepEqual(rejection, problem) || text !== problem.text) {
        this.fail(world, 'invalid-rejected', `${who} rejected invalid ${R} with ${JSON.stringify(rejection)} "${text}", not the explanation ${JSON.stringify(problem)}`);
      }
    }
    this.toldNotExecuted.set(R, who);
  }

  appended(world: World, proc: Process, record: DurableRecord, _ctx: Context): void {
    if (proc.role === 'kernel') {
      if (record.kind !== 'EXEC') return;
      const R = record.requestId;
      const log = proc.log;
      if (log.filter((r) => r.kind === 'EXEC' && r.requestId === R).length > 1) this.fail(world, 'at-most-once', `kernel@${proc.inc} executed ${R} a second time`);
      const earlier = log.slice(0, -1).find((r) => isDecisionRecord(r) && r.requestId === R && r.kind !== 'EXEC');
      if (earlier !== undefined) this.fail(world, 'decision-final', `kernel@${proc.inc} executed ${R} after deciding ${earlier.kind} for it`);
      if (!this.confirmedAtCp.has(R)) this.fail(world, 'confirm-required', `kernel@${proc.inc} executed ${R} (${record.operation.kind}), which no operator confirmed with its control plane's challenge token`);
      if (this.abandoned.has(R)) this.fail(world, 'abandon-inert', `kernel@${proc.inc} executed ${R}, which the operator abandoned`);
      const told = this.toldNotExecuted.get(R);
      if (told !== undefined) this.fail(world, 'told-truth', `kernel@${proc.inc} executed ${R} after ${told} said it did not execute`);
      const op = this.opOf.get(R);
      if (op !== undefined && !deepEqual(op, record.operation)) this.fail(world, 'same-operation', `kernel@${proc.inc} executed ${JSON.stringify(record.operation)} as ${R}, submitted as ${JSON.stringify(op)}`);
      return;
    }
    if (proc.role === 'control-plane' && record.kind === 'AUDIT') {
      const R = record.requestId;
      if (!this.usedIds.has(R) && !this.shownIds.has(R)) this.fail(world, 'audit', `control-plane@${proc.inc} audited '${record.failure}' for "${R}", which is no request`);
      if (!(record.timeMs >= START_MS && record.timeMs <= world.now)) this.fail(world, 'audit', `control-plane@${proc.inc} audited ${R} at time ${record.timeMs - START_MS}ms, now is ${world.now - START_MS}ms`);
      if (record.outcome === 'executed' && !this.hasExec(this.kernelSynced(world), R)) {
        this.fail(world, 'audit', `control-plane@${proc.inc} audited ${R} executed; the kernel's durable log has no EXEC for it`);
      }
      if (record.outcome === 'not-executed') {
        if (this.hasExec(this.kernelLog(world), R)) this.fail(world, 'audit', `control-plane@${proc.inc} audited ${R} not executed; the kernel executed it`);
        else if (!this.toldNotExecuted.has(R)) this.toldNotExecuted.set(R, `control-plane@${proc.inc}'s audit log`);
      }
    }
  }

  synced(world: World, proc: Process, fromIndex: number): void {
    if (proc.role !== 'kernel' || fromIndex === proc.synced) return;
    if (!proc.log.slice(fromIndex, proc.synced).some((r) => r.kind === 'EXEC')) return;
    const state = JSON.stringify(replayState(proc.log.slice(0, proc.synced)));
    if (state !== this.durable[this.durable.length - 1]) this.durable.push(state);
  }

  afterHandler(world: World, proc: Process, ctx: Context): void {
    const s = this.scratch;
    if (proc.role === 'client' && ctx.kind === 'operator' && (ctx.command.kind === 'submit' || ctx.command.kind === 'observe')) {
      this.obligation(world, proc, s.shownId ?? s.sentId, `${ctx.command.kind} (intent ${ctx.command.intent})`);
    }
    if (proc.role === 'control-plane' && proc.alive) {
      const audits = (R: string) => this.auditsFor(world, R).filter((a) => a.timeMs === world.now);
      if (s.genuineAbandon !== null && !audits(s.genuineAbandon).some((a) => a.failure === 'abandoned' && a.outcome === 'not-executed')) {
        this.fail(world, 'audit', `control-plane@${proc.inc} handled the abandon of ${s.genuineAbandon} without a synced 'abandoned' audit record`);
      }
      for (const R of [s.duplicateSubmit, s.duplicateConfirm]) {
        if (R !== null && !audits(R).some((a) => a.failure === 'duplicate-request')) {
          this.fail(world, 'audit', `control-plane@${proc.inc} received a duplicate of ${R} without a synced 'duplicate-request' audit record`);
        }
      }
    }
    this.scratch = freshScratch();
  }

  crashed(_world: World, _proc: Process, _lost: readonly DurableRecord[]): void {}

  problem(world: World, text: string): void {
    this.fail(world, 'port-contract', text);
  }

  // ---- checks between commands -----------------------------------------------------------

  /** kernel-atomic and liveness, after every command. */
  afterCommand(world: World): void {
    const kernel = world.kernel();
    if (kernel !== null) {
      const live = JSON.stringify(kernel.inspect());
      const replayed = JSON.stringify(replayState(world.proc(KERNEL).log));
      if (live !== replayed) this.fail(world, 'kernel-atomic', `the kernel's state ${live} is not its log replayed ${replayed}`);
    }
    for (const o of this.obligations) {
      const client = world.proc(o.client);
      if (client.alive && client.inc === o.inc && world.now >= o.due) {
        this.fail(world, 'liveness', `client${o.client - 2}@${o.inc} showed nothing for the operator's ${o.what} within ${RESPONSE_TIMEOUT_MS}ms`);
        this.obligations = this.obligations.filter((x) => x !== o);
        break;
      }
    }
  }
}
