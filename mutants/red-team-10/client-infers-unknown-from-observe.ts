// Violates 4.3: "The execution outcome MUST be determined from kernel state / The
// control plane MUST NOT guess" and 11 (no reconciliation). Change: when the client has to
// say "unknown" (its own timeout, or a timeout / challenge-expired answer) about a
// mutation, it first observes the kernel's state and, if the operation's effect is
// visible there, shows "executed" (labelled kernel-query) — inferring the outcome from
// state instead of from the kernel's decision about that request.
// Shows: a create whose name another request also created, a drop of a collection someone
// else dropped, a set-config to a value already set: "executed" is shown for a request
// the kernel rejected, fenced or never received.
import { reference } from '../../src/index.ts';
import { NO_RESPONSE } from '../../src/client.ts';
import type { Address, ClientActor, ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, Operation, OperatorCommand, Rejection, StateView } from '../../src/protocol.ts';

type Phase = 'submitted' | 'challenged' | 'confirmed' | 'asking' | 'done';
interface Request { phase: Phase; token: string; timer: number }

function visible(op: Operation, s: StateView): boolean {
  const col = (n: string) => s.collections.find((c) => c.name === n);
  switch (op.kind) {
    case 'create-collection': { const c = col(op.name); return c !== undefined && op.indexes.every((f) => c.indexes.includes(f)); }
    case 'drop-collection': return col(op.name) === undefined;
    case 'rename-collection': return col(op.from) === undefined && col(op.to) !== undefined;
    case 'create-index': return col(op.collection)?.indexes.includes(op.field) ?? false;
    case 'drop-index': { const c = col(op.collection); return c !== undefined && !c.indexes.includes(op.field); }
    case 'set-config': return s.config.some((e) => e.key === op.key && e.value === op.value);
    case 'create-snapshot': return s.snapshots.some((x) => x.name === op.name);
  }
}

class MutantClient implements ClientActor {
  private readonly requests = new Map<string, Request>();
  private readonly ops = new Map<string, Operation>(); // MUTANT
  private readonly probes = new Map<string, string>(); // observe id -> request id
  constructor(private readonly port: Port, private readonly config: ClientConfig) {}
  onStart(): void {}
  onOperator(command: OperatorCommand): void {
    switch (command.kind) {
      case 'submit':
      case 'observe': {
        const requestId = this.port.drawId();
        this.port.display({ kind: 'request-id', intent: command.intent, requestId });
        this.port.send(this.config.controlPlane, command.kind === 'submit' ? { kind: 'submit', requestId, operation: command.operation } : { kind: 'observe', requestId });
        this.requests.set(requestId, { phase: 'submitted', token: '', timer: this.startTimer(requestId) });
        if (command.kind === 'submit') this.ops.set(requestId, command.operation);
        return;
      }
      case 'confirm':
      case 'abandon': {
        const request = this.requests.get(command.requestId);
        if (request === undefined || request.phase !== 'challenged') return;
        this.port.send(this.config.controlPlane, { kind: command.kind, requestId: command.requestId, token: request.token });
        if (command.kind === 'confirm') { request.phase = 'confirmed'; request.timer = this.startTimer(command.requestId); }
        else request.phase = 'done';
        return;
      }
      case 'ask-outcome': {
        const request = this.requests.get(command.requestId);
        if (request !== undefined && request.timer !== 0) this.port.cancelTimer(request.timer);
        this.port.send(this.config.controlPlane, { kind: 'outcome-query', requestId: command.requestId });
        this.requests.set(command.requestId, { phase: 'asking', token: '', timer: this.startTimer(command.requestId) });
        return;
      }
    }
  }
  onMessage(_from: Address, message: Message): void {
    switch (message.kind) {
      case 'challenge': {
        const request = this.requests.get(message.requestId);
        if (request === undefined || request.phase !== 'submitted') return;
        request.phase = 'challenged';
        request.token = message.token;
        this.stopTimer(request);
        this.port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
        return;
      }
      case 'answer': {
        const request = this.requests.get(message.requestId);
        if (request === undefined || request.phase === 'done' || request.phase === 'challenged') return;
        this.stopTimer(request);
        request.phase = 'done';
        if (message.outcome === 'unknown' && this.probe(message.requestId)) return;
        this.port.display({ kind: 'outcome', requestId: message.requestId, outcome: message.outcome, source: message.source, rejection: message.rejection, text: message.text });
        return;
      }
      case 'observed': {
        const probed = this.probes.get(message.requestId);
        if (probed !== undefined) {
          this.probes.delete(message.requestId);
          const op = this.ops.get(probed)!;
          const seen = visible(op, message.state);
          this.port.display({ kind: 'outcome', requestId: probed, outcome: seen ? 'executed' : 'unknown', source: seen ? 'kernel-query' : 'no-response', rejection: null, text: seen ? 'executed' : NO_RESPONSE });
          return;
        }
        const request = this.requests.get(message.requestId);
        if (request === undefined || request.phase === 'done') return;
        this.stopTimer(request);
        request.phase = 'done';
        this.port.display({ kind: 'observed', requestId: message.requestId, state: message.state });
        return;
      }
      default:
        return;
    }
  }
  onTimer(name: string): void {
    const request = this.requests.get(name);
    if (request === undefined || request.phase === 'done') return;
    request.timer = 0;
    request.phase = 'done';
    if (this.probe(name)) return;
    this.port.display({ kind: 'outcome', requestId: name, outcome: 'unknown', source: 'no-response', rejection: null, text: NO_RESPONSE });
  }
  /** MUTANT: resolve an unknown mutation by looking at the state */
  private probe(requestId: string): boolean {
    if (!this.ops.has(requestId)) return false;
    const observeId = this.port.drawId();
    this.probes.set(observeId, requestId);
    this.port.send(this.config.controlPlane, { kind: 'observe', requestId: observeId });
    return true;
  }
  private startTimer(requestId: string): number { return this.port.setTimer(this.config.responseTimeoutMs, requestId); }
  private stopTimer(request: Request): void { if (request.timer === 0) return; this.port.cancelTimer(request.timer); request.timer = 0; }
}

const sut: SystemUnderTest = {
  name: 'client-infers-unknown-from-observe',
  createClient: (port, config) => new MutantClient(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
