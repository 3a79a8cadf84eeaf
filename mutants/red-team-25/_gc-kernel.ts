// @ts-nocheck
// Shared helper (not a system): the group-commit kernel of examples/group-commit-kernel.ts,
// with switches, each of which one mutant in this folder turns on.
import { KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

export const GROUP_MS = 10;
const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

export interface GcOptions {
  duplicateUnheld?: boolean;
  queryUnheldWhenDecided?: boolean;
  applyOnSync?: boolean;
  flushOnPressure?: number;
}

export class GcKernel implements KernelActor {
  private readonly state = new KernelState();
  private readonly decisions = new Map<string, Decision>();
  private held: { to: Address; reply: () => Message }[] = [];
  private pendingApply: KernelRecord[] = [];
  private timer: number | null = null;

  constructor(private readonly port: Port, private readonly config: KernelConfig, private readonly opts: GcOptions) {}

  onStart(): void {
    for (const record of this.port.records()) this.apply(record as KernelRecord, true);
  }

  onMessage(from: Address, message: Message): void {
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
        if (first !== undefined) {
          if (this.opts.duplicateUnheld) {
            // a duplicate changes nothing, so there is nothing to wait for
            this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
            return;
          }
          this.hold(from, () => ({ kind: 'duplicate', requestId: message.requestId, first }));
          return;
        }
        const rejection = this.state.decide(message.operation);
        const record: KernelRecord =
          rejection === null ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation } : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.port.append(record);
        this.apply(record, false);
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
        this.hold(from, () => ({ kind: 'decision', requestId: message.requestId, decision }));
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first !== undefined && this.opts.queryUnheldWhenDecided) {
          // nothing appended by this query: answer at once
          this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first });
          return;
        }
        if (first === undefined) {
          const record: KernelRecord = { kind: 'FENCE', requestId: message.requestId };
          this.port.append(record);
          this.apply(record, false);
          first = FENCED;
        }
        const answer = first;
        this.hold(from, () => ({ kind: 'query-answer', requestId: message.requestId, executed: answer.kind === 'EXEC', first: answer }));
        return;
      }
      case 'read':
        this.hold(from, () => ({ kind: 'state', requestId: message.requestId, state: this.state.view() }));
        return;
      default:
        return;
    }
  }

  onTimer(): void {
    this.timer = null;
    this.flush();
  }

  private flush(): void {
    this.port.sync();
    for (const record of this.pendingApply) this.state.apply(record.operation);
    this.pendingApply = [];
    const held = this.held;
    this.held = [];
    for (const { to, reply } of held) this.port.send(to, reply());
  }

  inspect(): StateView {
    return this.state.view();
  }

  private hold(to: Address, reply: () => Message): void {
    this.held.push({ to, reply });
    if (this.opts.flushOnPressure !== undefined && this.held.length >= this.opts.flushOnPressure) {
      // under pressure: release the replies, then make the batch durable
      const held = this.held;
      this.held = [];
      for (const h of held) this.port.send(h.to, h.reply());
      if (this.timer !== null) { this.port.cancelTimer(this.timer); this.timer = null; }
      this.port.sync();
      return;
    }
    if (this.timer === null) this.timer = this.port.setTimer(GROUP_MS, 'group-commit');
  }

  private apply(record: KernelRecord, replaying: boolean): void {
    if (this.decisions.has(record.requestId)) return;
    switch (record.kind) {
      case 'EXEC':
        if (this.opts.applyOnSync && !replaying) this.pendingApply.push(record);
        else this.state.apply(record.operation);
        this.decisions.set(record.requestId, EXECUTED);
        return;
      case 'REJECT':
        this.decisions.set(record.requestId, { kind: 'REJECT', rejection: record.rejection });
        return;
      case 'FENCE':
        this.decisions.set(record.requestId, FENCED);
        return;
    }
  }
}
