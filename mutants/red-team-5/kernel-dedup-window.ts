// MUTANT red5-kernel-dedup-window
// Clause 6.2: "Otherwise, the kernel MUST reject duplicates deterministically" / "Silent duplicate execution is forbidden."
// The bug: the kernel's in-memory map of decisions grew without bound, so the engineer
// expires entries 25 s (kernel clock) after the decision — "no network delivers a copy
// later than that". The log is not consulted for expired ids. A copy of a dispatch that
// arrives more than 25 s after the first is decided again: it executes a second time (or,
// if the state no longer allows it, gets a fresh REJECT after an EXEC).
// Shows only when: a copy of a dispatch arrives more than 25 s (by the kernel's clock)
// after the kernel decided it: late copies (up to 30 s) in duplicate-requests,
// skewed-clocks, swarm, timing-swarm — and a kernel that did not restart in between.

import { reference } from '../../src/index.ts';
import type { SystemUnderTest } from '../../src/ports.ts';
import { KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

export class Kernel implements KernelActor {
  private readonly state = new KernelState();
  private readonly decisions = new Map<string, Decision>();
  /** request id → when (kernel clock) it was decided; entries expire */
  private readonly decidedAt = new Map<string, number>();
  private static readonly RETENTION_MS = 25_000;

  private expire(): void {
    const now = this.port.now();
    for (const [id, at] of this.decidedAt) {
      if (now - at <= Kernel.RETENTION_MS) continue;
      this.decidedAt.delete(id);
      this.decisions.delete(id);
    }
  }

  constructor(
    private readonly port: Port,
    private readonly config: KernelConfig,
  ) {}

  onStart(): void {
    for (const record of this.port.records()) this.replay(record as KernelRecord);
  }

  onMessage(from: Address, message: Message): void {
    this.expire();
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
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
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
        this.port.send(from, { kind: 'decision', requestId: message.requestId, decision });
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first === undefined) {
          this.decideDurably({ kind: 'FENCE', requestId: message.requestId });
          first = FENCED;
        }
        this.port.send(from, {
          kind: 'query-answer',
          requestId: message.requestId,
          executed: first.kind === 'EXEC',
          first,
        });
        return;
      }
      case 'read':
        this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.state.view() });
        return;
      default:
        return; // not addressed to a kernel: ignored
    }
  }

  onTimer(): void {}

  inspect(): StateView {
    return this.state.view();
  }

  /** Append, sync, and only then change memory: a crash before the sync leaves memory
   * unchanged (it is discarded) and the record at the mercy of the disk. */
  private decideDurably(record: KernelRecord): void {
    this.port.append(record);
    this.port.sync();
    this.replay(record);
  }

  private replay(record: KernelRecord): void {
    if (this.decisions.has(record.requestId)) return; // a log never holds two decisions for one id
    this.decidedAt.set(record.requestId, this.port.now());
    switch (record.kind) {
      case 'EXEC':
        this.state.apply(record.operation);
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

export function createKernel(port: Port, config: KernelConfig): KernelActor {
  return new Kernel(port, config);
}

export const info = {
  clause: "6.2",
  sentence: "Silent duplicate execution is forbidden.",
  needs: "a dispatch copy arriving more than 25 s after the first was decided"
};

const sut: SystemUnderTest = {
  name: 'red5-kernel-dedup-window',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: createKernel,
};
export default sut;
