// Violates 7.2 / 10 / 11: kernel durability is what decides, and recovery must restore
// exactly what executed. Change: the kernel's replay at startup treats set-config
// records as idempotent "defaults" and applies a key only if it is not set yet
// (first write wins), while live operation is last-write-wins.
// Shows: a config key set twice (two executed set-config requests) and then a kernel
// restart: the kernel's state reverts to the first value; observes show a value that the
// latest executed request overwrote.
import { KernelState } from '../../src/kernel-state.ts';
import { reference } from '../../src/index.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

class MutantKernel implements KernelActor {
  private readonly state = new KernelState();
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
        // MUTANT: at startup a config key already set is not overwritten
        if (this.starting && record.operation.kind === 'set-config' && this.state.config.has(record.operation.key)) {
          this.decisions.set(record.requestId, EXECUTED);
          return;
        }
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
  name: 'kernel-config-first-write-wins-on-replay',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new MutantKernel(port, config),
};
export default sut;
