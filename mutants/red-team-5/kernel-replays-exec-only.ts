// MUTANT red5-kernel-replays-exec-only
// Clause 6.2: "the kernel MUST reject duplicates deterministically"; 4.3: outcome from kernel state
// The bug: start-up time. On start the kernel rebuilds its state from the log, and the
// engineer skipped REJECT and FENCE records ("they do not change the data, only EXEC
// does"). After a kernel restart, a request that was fenced by an outcome query (the
// operator was told "not executed") or rejected (the operator was shown the rejection) is
// unknown again: a late dispatch copy of it is decided afresh and may execute.
// Shows only when: the kernel restarts, and afterwards a dispatch (copy) of a request that
// was fenced or rejected before the restart arrives.

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
    // only EXEC records change the data
    for (const record of this.port.records()) if (record.kind === 'EXEC') this.replay(record as KernelRecord);
  }

  onMessage(from: Address, message: Message): void {
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
  sentence: "Otherwise, the kernel MUST reject duplicates deterministically",
  needs: "a kernel restart, then a late dispatch of a request fenced or rejected before it"
};

const sut: SystemUnderTest = {
  name: 'red5-kernel-replays-exec-only',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: createKernel,
};
export default sut;
