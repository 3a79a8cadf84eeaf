// Violates 7.1: "If the kernel rejects a request: The rejection MUST be surfaced verbatim"
// (and 9: failures must be explainable — truthfully). Change: the client remembers the
// last rejection it showed; when an answer says "not-executed" without a rejection (a
// fenced query, FENCE, a timeout resolved later), it fills in that remembered rejection
// "so the operator sees why", as if it were this request's.
// Shows: an operator who saw a rejection for one request later learns that another
// request did not execute (source kernel-query, FENCE): the display carries the other
// request's rejection code and text.
import { reference } from '../../src/index.ts';
import { NO_RESPONSE } from '../../src/client.ts';
import type { Address, ClientActor, ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, OperatorCommand, Rejection } from '../../src/protocol.ts';

type Phase = 'submitted' | 'challenged' | 'confirmed' | 'asking' | 'done';
interface Request { phase: Phase; token: string; timer: number }

class MutantClient implements ClientActor {
  private readonly requests = new Map<string, Request>();
  private lastRejection: Rejection | null = null; // MUTANT
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
        // MUTANT: explain a bare "not executed" with the last rejection shown
        let rejection = message.rejection;
        let text = message.text;
        if (message.outcome === 'not-executed' && rejection === null && this.lastRejection !== null) {
          rejection = this.lastRejection;
          text = rejection.text;
        }
        if (message.rejection !== null) this.lastRejection = message.rejection;
        this.port.display({ kind: 'outcome', requestId: message.requestId, outcome: message.outcome, source: message.source, rejection, text });
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
  name: 'client-fills-missing-explanation',
  createClient: (port, config) => new MutantClient(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
