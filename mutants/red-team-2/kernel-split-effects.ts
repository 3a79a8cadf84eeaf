// OBSERVABLE WHEN: the log shape (several EXEC records for one create-collection with indexes or
//   one rename) is visible in normal operation; the partial execution itself needs the kernel to
//   crash between the syncs of the effect records (crash at a port call).
//
// Mutant of the reference kernel (src/kernel.ts, copied and edited): the kernel logs a multi-effect
//   operation as one synced record per effect (create-collection then one create-index per field;
//   rename as create + drop), so a crash between the records leaves a partially executed operation
//   whose request id is decided EXEC

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
        for (const effect of this.effects(record)) this.decideDurably(effect);
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

  /** One record per effect: each record replays as a primitive, whatever the operation. The
   * first effect carries the request id; the others are keyed under it. */
  private effects(record: KernelRecord): KernelRecord[] {
    if (record.kind !== 'EXEC') return [record];
    const { requestId, operation } = record;
    switch (operation.kind) {
      case 'create-collection':
        return [
          { kind: 'EXEC', requestId, operation: { kind: 'create-collection', name: operation.name, indexes: [] } },
          ...operation.indexes.map((field): KernelRecord => ({
            kind: 'EXEC',
            requestId: `${requestId}/index/${field}`,
            operation: { kind: 'create-index', collection: operation.name, field },
          })),
        ];
      case 'rename-collection':
        return [
          {
            kind: 'EXEC',
            requestId,
            operation: { kind: 'create-collection', name: operation.to, indexes: [...(this.state.collections.get(operation.from) ?? [])] },
          },
          { kind: 'EXEC', requestId: `${requestId}/drop/${operation.from}`, operation: { kind: 'drop-collection', name: operation.from } },
        ];
      default:
        return [record];
    }
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
  sentence: 'They MUST NOT affect data correctness',
  failurePathOnly: false,
  description: 'the kernel logs a multi-effect operation as one synced record per effect (create-collection then one create-index per field; rename as create + drop), so a crash between the records leaves a partially executed operation whose request id is decided EXEC',
};

const sut: SystemUnderTest = {
  name: 'rt2-kernel-split-effects',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new Kernel(port, config),
};
export default sut;
