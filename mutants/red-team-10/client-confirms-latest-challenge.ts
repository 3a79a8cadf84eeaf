// Violates 4.2: "If a mutating action requires confirmation ... The request MUST NOT be
// executed" without it — the confirm goes to a request the operator did not confirm.
// Change: like a modal dialog stack, the client's confirm/abandon acts on the most recent
// challenge still open, not on the request id the operator named.
// Shows: a client holding two open challenges (an operator walked away from one, or a
// late challenge arrived) and the operator confirms the older one: the newer is confirmed
// and executes; the older stays open.
import { reference } from '../../src/index.ts';
import { NO_RESPONSE } from '../../src/client.ts';
import type { Address, ClientActor, ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, OperatorCommand, Rejection } from '../../src/protocol.ts';

type Phase = 'submitted' | 'challenged' | 'confirmed' | 'asking' | 'done';
interface Request { phase: Phase; token: string; timer: number }

class MutantClient implements ClientActor {
  private readonly requests = new Map<string, Request>();
  private readonly open: string[] = []; // MUTANT: open challenges, newest last
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
        const named = this.requests.get(command.requestId);
        if (named === undefined || named.phase !== 'challenged') return;
        // MUTANT: act on the newest open challenge (the dialog on top)
        while (this.open.length > 0 && this.requests.get(this.open[this.open.length - 1]!)?.phase !== 'challenged') this.open.pop();
        const target = this.open.length > 0 ? this.open[this.open.length - 1]! : command.requestId;
        const request = this.requests.get(target)!;
        this.port.send(this.config.controlPlane, { kind: command.kind, requestId: target, token: request.token });
        if (command.kind === 'confirm') { request.phase = 'confirmed'; request.timer = this.startTimer(target); }
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
        this.open.push(message.requestId);
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
  name: 'client-confirms-latest-challenge',
  createClient: (port, config) => new MutantClient(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
