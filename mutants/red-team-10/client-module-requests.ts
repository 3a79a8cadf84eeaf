// Violates 10: "No in-flight state is recovered" and 4.2 ("Operator must restart and
// reissue"), and 12 ("Deterministic outcomes"). Change: the client's table of requests is
// a module-level Map (a singleton store, as UI state stores often are), so it outlives
// the client's crash — and is shared with every other client the module builds, in this
// run and in later runs of the same process.
// Shows: a challenge or answer for a request of a crashed incarnation is shown after the
// restart (the restarted client still "knows" the request); in a later run, request ids
// r1, r2, ... of an earlier run are still in the table.
import { reference } from '../../src/index.ts';
import { NO_RESPONSE } from '../../src/client.ts';
import type { Address, ClientActor, ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, OperatorCommand, Rejection } from '../../src/protocol.ts';

type Phase = 'submitted' | 'challenged' | 'confirmed' | 'asking' | 'done';
interface Request { phase: Phase; token: string; timer: number }

// MUTANT: one store for every client instance
const REQUESTS = new Map<string, Request>();

class MutantClient implements ClientActor {
  private readonly requests = REQUESTS;
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
        this.port.display({ kind: 'outcome', requestId: message.requestId, outcome: message.outcome, source: message.source, rejection: message.rejection, text: message.text });
        return;
      }
      case 'observed': {
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
    this.port.display({ kind: 'outcome', requestId: name, outcome: 'unknown', source: 'no-response', rejection: null, text: NO_RESPONSE });
  }
  private startTimer(requestId: string): number { return this.port.setTimer(this.config.responseTimeoutMs, requestId); }
  private stopTimer(request: Request): void { if (request.timer === 0) return; this.port.cancelTimer(request.timer); request.timer = 0; }
}

const sut: SystemUnderTest = {
  name: 'client-module-requests',
  createClient: (port, config) => new MutantClient(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
