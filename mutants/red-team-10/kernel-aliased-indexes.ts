// Violates 7.2 / 11 (kernel state must be exactly what its durable decisions say) and
// 1 ("MUST NOT alter kernel state implicitly"). Change: create-collection stores the
// operation's own `indexes` array instead of a copy; a later create-index pushes into it,
// which rewrites the earlier EXEC record's operation in memory (and the dispatch payload).
// Shows: create-collection, then create-index on it, then (if the log holds references)
// a kernel restart: replay applies the grown create-collection and then the create-index
// again, so the field is indexed twice.
import { KernelState } from '../../src/kernel-state.ts';
import { reference } from '../../src/index.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

class AliasingState extends KernelState {
  apply(operation: Parameters<KernelState['apply']>[0]): void {
    // MUTANT: no defensive copy of the indexes array
    if (operation.kind === 'create-collection') { this.collections.set(operation.name, operation.indexes as string[]); return; }
    super.apply(operation);
  }
}

class MutantKernel implements KernelActor {
  private readonly state = new AliasingState();
  private readonly decisions = new Map<string, Decision>();
  private starting = false;
  constructor(private readonly port: Port, private readonly config: KernelConfig) {}
  onStart(): void {
    this.starting = true;
    for (const record of this.port.records()) this.replay(record as KernelRecord);
    this.starting = false;
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
  onTimer(): void {}
  inspect(): StateView { return this.state.view(); }
  private decideDurably(record: KernelRecord): void {
    this.port.append(record);
    this.port.sync();
    this.replay(record);
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
  name: 'kernel-aliased-indexes',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new MutantKernel(port, config),
};
export default sut;
