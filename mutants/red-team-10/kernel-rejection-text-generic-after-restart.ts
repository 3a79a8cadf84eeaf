// Violates 7.1: "The rejection MUST be surfaced verbatim" / "Kernel rejection is final".
// Change: at startup the kernel reloads REJECT records into its decision table with the
// code only and a generic text ("rejected by the kernel: CODE"), as if the explanation
// were a presentation detail; the durable log still holds the real text.
// Shows: after a kernel restart, a DUPLICATE or fenced-query answer about an earlier
// rejected request carries a rejection text that is not the kernel's first decision.
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
        this.state.apply(record.operation);
        this.decisions.set(record.requestId, EXECUTED);
        return;
      case 'REJECT':
        // MUTANT: after a restart only the code survives; the text is regenerated
        this.decisions.set(record.requestId, {
          kind: 'REJECT',
          rejection: this.starting ? { code: record.rejection.code, text: `rejected by the kernel: ${record.rejection.code}` } : record.rejection,
        });
        return;
      case 'FENCE':
        this.decisions.set(record.requestId, FENCED);
        return;
    }
  }
}

const sut: SystemUnderTest = {
  name: 'kernel-rejection-text-generic-after-restart',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new MutantKernel(port, config),
};
export default sut;
