// Violates 12: "Tests MUST assert: ... Deterministic outcomes", and 3 ("Each domain is
// handled explicitly and deterministically"). Change: every kernel rejection text ends
// with a support reference "(ref E<n>)" drawn from a module-level counter that no kernel
// instance resets. Within one run the text is durable (in the REJECT record) and
// surfaced verbatim; but the same scenario and seed give other texts depending on what
// ran before in the process (another run, another worker).
// Shows: any run with a kernel rejection, when it is not the first run of its process.
import { KernelState } from '../../src/kernel-state.ts';
import { reference } from '../../src/index.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

// MUTANT: module-level, never reset between kernels or runs
let REJECTIONS = 0;

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
        const decided = this.state.decide(message.operation);
        // MUTANT: each rejection carries a support reference from a process-wide counter
        const rejection = decided === null ? null : { code: decided.code, text: `${decided.text} (ref E${++REJECTIONS})` };
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
  name: 'kernel-rejection-serial-number',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new MutantKernel(port, config),
};
export default sut;
