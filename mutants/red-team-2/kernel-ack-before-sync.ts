// OBSERVABLE WHEN: the kernel crashes at the sync that follows the decision reply (crash at a port
//   call), losing the unsynced record; after restart the acknowledged request is not executed (a
//   fenced query or a re-dispatch then decides it anew).
//
// Mutant of the reference kernel (src/kernel.ts, copied and edited): the kernel appends the
//   decision, applies it and sends the decision reply before syncing the log ("group commit off the
//   reply path"); a crash at the sync loses a decision the control plane already reported as
//   executed

import { reference } from '../../src/index.ts';
import { KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

class Kernel implements KernelActor {
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
        // reply first, then make it durable: the sync is off the reply's path
        this.port.append(record);
        this.replay(record);
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
        this.port.send(from, { kind: 'decision', requestId: message.requestId, decision });
        this.port.sync();
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

export const info = {
  clause: '5.3',
  sentence: 'The action is considered executed',
  // false since the oracle checks each kernel reply against the synced log when it is sent
  failurePathOnly: false,
  description: 'the kernel appends the decision, applies it and sends the decision reply before syncing the log ("group commit off the reply path"); a crash at the sync loses a decision the control plane already reported as executed',
};

const sut: SystemUnderTest = {
  name: 'rt2-kernel-ack-before-sync',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new Kernel(port, config),
};
export default sut;
