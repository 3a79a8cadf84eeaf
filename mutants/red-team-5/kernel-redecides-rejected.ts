// MUTANT red5-kernel-redecides-rejected
// Clause 7.1: "Kernel rejection is final."; 6.2 "the kernel MUST reject duplicates deterministically"
// The bug: "a rejected request did nothing, so deciding it again is harmless": the
// kernel's duplicate check only looks for EXEC and FENCE decisions; a dispatch whose id
// was REJECTed is decided again against the current state (and the new decision logged).
// Harmless while the state is unchanged — same rejection — but when the state changed in
// between (the collection now exists, the index was dropped...), a late copy of a
// rejected request executes, after the operator was shown the rejection.
// Shows only when: a dispatch copy of a rejected request arrives after another request
// changed the state so that it would now be accepted.

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

  constructor(
    private readonly port: Port,
    private readonly config: KernelConfig,
  ) {}

  onStart(): void {
    for (const record of this.port.records()) this.replay(record as KernelRecord);
  }

  onMessage(from: Address, message: Message): void {
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
        if (first !== undefined && first.kind !== 'REJECT') {
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
    if (this.decisions.has(record.requestId) && this.decisions.get(record.requestId)?.kind !== 'REJECT') return;
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
  clause: "7.1",
  sentence: "Kernel rejection is final.",
  needs: "a late dispatch copy of a rejected request after the state changed to accept it"
};

const sut: SystemUnderTest = {
  name: 'red5-kernel-redecides-rejected',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: createKernel,
};
export default sut;
