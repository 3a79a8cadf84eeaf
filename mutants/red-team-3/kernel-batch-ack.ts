// MUTANT kernel-batch-ack
// Violates spec 5.3 (with 7.2 and 11): "If the control-plane process crashes after the kernel
// acknowledges execution: The action is considered executed — Recovery MUST rely on kernel
// state only". An acknowledgement must speak of a durable decision. This kernel syncs its log
// in batches under load: a decision made less than BATCH_MS after the last sync is appended
// and applied in memory, acknowledged at once, and synced with the batch (after BATCH_MS or
// BATCH records). An idle kernel syncs before replying, like the reference.
// Shows only when: two decisions (dispatches or fences) reach the kernel within BATCH_MS, the
// second is acknowledged before its sync; it becomes a lost execution when the kernel crashes
// after acknowledging it and before the batch sync, and the disk drops the unsynced tail. The acknowledged EXEC then vanishes from kernel state
// (the operator was told "executed"; a later outcome query fences it: "not executed").

import { reference } from '../../src/index.ts';
import { KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

export const info = {
  clause: '5.3 (7.2, 11)',
  sentence: 'After the kernel acknowledges execution the action is considered executed; recovery MUST rely on kernel state only.',
  needs: 'two kernel decisions within BATCH_MS (the second is acked unsynced); to lose it, a kernel crash between an acknowledgement and the next batch sync (BATCH_MS / BATCH records), with the unsynced log tail lost',
};

const BATCH = 3;
const BATCH_MS = 5;
const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

class BatchSyncKernel implements KernelActor {
  private readonly state = new KernelState();
  private readonly decisions = new Map<string, Decision>();
  private unsynced = 0;
  private lastSync = Number.NEGATIVE_INFINITY;
  private batchTimer = 0;

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
        this.decide(record);
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
        this.port.send(from, { kind: 'decision', requestId: message.requestId, decision });
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first === undefined) {
          this.decide({ kind: 'FENCE', requestId: message.requestId });
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

  onTimer(name: string): void {
    if (name !== 'batch-sync') return;
    this.batchTimer = 0;
    this.flush();
  }

  inspect(): StateView {
    return this.state.view();
  }

  /** BUG: under load (a sync less than BATCH_MS ago) the record is appended and applied now
   * and synced with the next batch — after the reply has gone out. Idle: synced at once. */
  private decide(record: KernelRecord): void {
    this.port.append(record);
    const now = this.port.now();
    if (this.batchTimer === 0 && now - this.lastSync >= BATCH_MS) {
      this.port.sync();
      this.lastSync = now;
      this.replay(record);
      return;
    }
    this.replay(record);
    this.unsynced += 1;
    if (this.unsynced >= BATCH) this.flush();
    else if (this.batchTimer === 0) this.batchTimer = this.port.setTimer(Math.max(1, this.lastSync + BATCH_MS - now), 'batch-sync');
  }

  private flush(): void {
    if (this.batchTimer !== 0) {
      this.port.cancelTimer(this.batchTimer);
      this.batchTimer = 0;
    }
    this.port.sync();
    this.lastSync = this.port.now();
    this.unsynced = 0;
  }

  private replay(record: KernelRecord): void {
    if (this.decisions.has(record.requestId)) return;
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

const sut: SystemUnderTest = {
  name: 'kernel-batch-ack',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new BatchSyncKernel(port, config),
};
export default sut;
