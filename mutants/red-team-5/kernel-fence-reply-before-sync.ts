// MUTANT red5-kernel-fence-reply-before-sync
// Clause 4.3: "The execution outcome MUST be determined from kernel state"; 5.2 "Kernel state is authoritative"
// The bug: latency of outcome queries. A FENCE is "only a negative answer", so the
// engineer answers the fenced query as soon as the FENCE record is appended, and syncs
// after the reply is sent (dispatch decisions still sync first). If the kernel crashes
// between the reply and the sync and the unsynced FENCE is lost, the operator was told
// "not executed", yet the request is not fenced: its dispatch, still in the network,
// can execute afterwards.
// Shows only when: the kernel crashes at the sync after answering a fenced query, losing
// the FENCE, and a dispatch of that request arrives after the restart.

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
        const first = this.decisions.get(message.requestId);
        if (first === undefined) {
          const fence: KernelRecord = { kind: 'FENCE', requestId: message.requestId };
          this.port.append(fence);
          this.replay(fence);
          this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: false, first: FENCED });
          this.port.sync(); // a negative answer: sync off the reply path
          return;
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
  clause: "4.3",
  sentence: "The execution outcome MUST be determined from kernel state",
  needs: "a kernel crash losing an unsynced FENCE after the query answer went out, then a late dispatch"
};

const sut: SystemUnderTest = {
  name: 'red5-kernel-fence-reply-before-sync',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: createKernel,
};
export default sut;
