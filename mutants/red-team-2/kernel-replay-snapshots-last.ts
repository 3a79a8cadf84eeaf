// OBSERVABLE WHEN: a snapshot is created, collections are then created / dropped / renamed, and the
//   kernel restarts: the snapshot's collection list changes.
//
// Mutant of the reference kernel (src/kernel.ts, copied and edited): on start the kernel replays
//   snapshot creations after every other record ("collections first, then what is derived from
//   them"), so a snapshot is rebuilt from the final collection set instead of the one it captured

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
    // snapshots are derived from the collections: rebuild the collections first
    const snapshots: KernelRecord[] = [];
    for (const record of this.port.records() as readonly KernelRecord[]) {
      if (record.kind === 'EXEC' && record.operation.kind === 'create-snapshot') snapshots.push(record);
      else this.replay(record);
    }
    for (const record of snapshots) this.replay(record);
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

export const info = {
  clause: '1',
  sentence: 'They MUST NOT alter kernel state implicitly',
  failurePathOnly: true,
  description: 'on start the kernel replays snapshot creations after every other record ("collections first, then what is derived from them"), so a snapshot is rebuilt from the final collection set instead of the one it captured',
};

const sut: SystemUnderTest = {
  name: 'rt2-kernel-replay-snapshots-last',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new Kernel(port, config),
};
export default sut;
