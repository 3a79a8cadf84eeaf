// Violates 4.3: "The control plane MUST NOT guess"; "If kernel state reflects execution →
// action succeeded / Otherwise → action did not occur" — decided from kernel state, not
// worded by the client; and 1 ("MUST NOT create ambiguity about what has or has not
// executed"). Change: a friendlier UI message. When the outcome is unknown (no response,
// kernel timeout, challenge expired) the client shows the text "request failed — it was
// not executed; please submit it again" (the outcome field stays 'unknown').
// Shows: every "unknown" display: the operator is told the action did not execute and
// is invited to re-issue it, while it may well have executed.
import { reference } from '../../src/index.ts';
import { NO_RESPONSE } from '../../src/client.ts';
import type { Address, ClientActor, ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, OperatorCommand, Rejection } from '../../src/protocol.ts';

type Phase = 'submitted' | 'challenged' | 'confirmed' | 'asking' | 'done';
interface Request { phase: Phase; token: string; timer: number }

// MUTANT: the friendly text shown for every unknown outcome
const FAILED = 'request failed — it was not executed; please submit it again';
void NO_RESPONSE;

class MutantClient implements ClientActor {
  private readonly requests = new Map<string, Request>();
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
        this.port.display({ kind: 'outcome', requestId: message.requestId, outcome: message.outcome, source: message.source, rejection: message.rejection, text: message.outcome === 'unknown' ? FAILED : message.text });
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
    this.port.display({ kind: 'outcome', requestId: name, outcome: 'unknown', source: 'no-response', rejection: null, text: FAILED });
  }
  private startTimer(requestId: string): number { return this.port.setTimer(this.config.responseTimeoutMs, requestId); }
  private stopTimer(request: Request): void { if (request.timer === 0) return; this.port.cancelTimer(request.timer); request.timer = 0; }
}

const sut: SystemUnderTest = {
  name: 'client-unknown-worded-as-failure',
  createClient: (port, config) => new MutantClient(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
