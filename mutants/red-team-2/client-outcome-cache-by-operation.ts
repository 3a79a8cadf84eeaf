// MUTANT client-outcome-cache-by-operation (spec 4.3)
// Bug: ask-outcome is answered from a client-side cache keyed by the operation, so it can show an earlier request's outcome.
//
// Observable when the operator asks for the outcome of a request (after "outcome unknown":
// lost or delayed messages, timeouts, crashes) whose operation this client already saw
// answered under an earlier request id: the client shows the earlier request's cached
// outcome instead of asking the kernel about this request.

import { reference } from '../../src/index.ts';
import type { Address, ClientActor, ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { AnswerSource, Message, OperatorCommand, Outcome, Rejection } from '../../src/protocol.ts';

const NO_RESPONSE = 'no response — outcome unknown';

type Phase = 'submitted' | 'challenged' | 'confirmed' | 'asking' | 'done';

interface Known {
  readonly outcome: Outcome;
  readonly source: AnswerSource;
  readonly rejection: Rejection | null;
  readonly text: string;
}

interface Request {
  phase: Phase;
  token: string;
  timer: number;
}

class Client implements ClientActor {
  private readonly requests = new Map<string, Request>();
  /** request id → fingerprint of the operation it carries */
  private readonly operationOf = new Map<string, string>();
  /** operation fingerprint → the last definite outcome shown for it */
  private readonly known = new Map<string, Known>();

  constructor(
    private readonly port: Port,
    private readonly config: ClientConfig,
  ) {}

  onStart(): void {}

  onOperator(command: OperatorCommand): void {
    switch (command.kind) {
      case 'submit':
      case 'observe': {
        const requestId = this.port.drawId();
        if (command.kind === 'submit') this.operationOf.set(requestId, JSON.stringify(command.operation));
        this.port.display({ kind: 'request-id', intent: command.intent, requestId });
        this.port.send(
          this.config.controlPlane,
          command.kind === 'submit'
            ? { kind: 'submit', requestId, operation: command.operation }
            : { kind: 'observe', requestId },
        );
        this.requests.set(requestId, { phase: 'submitted', token: '', timer: this.startTimer(requestId) });
        return;
      }
      case 'confirm':
      case 'abandon': {
        const request = this.requests.get(command.requestId);
        if (request === undefined || request.phase !== 'challenged') return;
        this.port.send(this.config.controlPlane, {
          kind: command.kind,
          requestId: command.requestId,
          token: request.token,
        });
        if (command.kind === 'confirm') {
          request.phase = 'confirmed';
          request.timer = this.startTimer(command.requestId);
        } else {
          request.phase = 'done';
        }
        return;
      }
      case 'ask-outcome': {
        const request = this.requests.get(command.requestId);
        const key = this.operationOf.get(command.requestId);
        const known = key === undefined ? undefined : this.known.get(key);
        if (known !== undefined) {
          // answered before: show it again rather than bother the control plane
          if (request !== undefined) {
            this.stopTimer(request);
            request.phase = 'done';
          }
          this.port.display({ kind: 'outcome', requestId: command.requestId, ...known });
          return;
        }
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
        if (request === undefined || request.phase !== 'submitted') return; // one challenge per request id
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
        const key = this.operationOf.get(message.requestId);
        if (key !== undefined && message.outcome !== 'unknown') {
          this.known.set(key, { outcome: message.outcome, source: message.source, rejection: message.rejection, text: message.text });
        }
        this.port.display({
          kind: 'outcome',
          requestId: message.requestId,
          outcome: message.outcome,
          source: message.source,
          rejection: message.rejection,
          text: message.text,
        });
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
    this.port.display({
      kind: 'outcome',
      requestId: name,
      outcome: 'unknown',
      source: 'no-response',
      rejection: null,
      text: NO_RESPONSE,
    });
  }

  private startTimer(requestId: string): number {
    return this.port.setTimer(this.config.responseTimeoutMs, requestId);
  }

  private stopTimer(request: Request): void {
    if (request.timer === 0) return;
    this.port.cancelTimer(request.timer);
    request.timer = 0;
  }
}

export const info = {
  clause: '4.3',
  sentence: 'The execution outcome MUST be determined from kernel state',
  failurePathOnly: true,
  description: 'ask-outcome is answered from a client-side cache keyed by the operation, so it can show an earlier request\'s outcome',
};

const sut: SystemUnderTest = {
  name: 'red-team-2/mixed/client-outcome-cache-by-operation',
  createClient: (port: Port, config: ClientConfig): ClientActor => new Client(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
