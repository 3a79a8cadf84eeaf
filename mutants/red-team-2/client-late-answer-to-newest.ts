// MUTANT client-late-answer-to-newest (spec 4.3)
// Bug: an answer for a closed/unknown request id is displayed as the outcome of the oldest still-open request (assumes in-order replies).
//
// Observable when an answer arrives for a request the client has already closed: the
// client's response timeout fired first (answer delayed, or the kernel slow), or the answer
// was addressed to a request of the client's previous incarnation (client restart). The
// client then shows that answer as the outcome of another, newer open request.

import { reference } from '../../src/index.ts';
import type { Address, ClientActor, ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, OperatorCommand } from '../../src/protocol.ts';

const NO_RESPONSE = 'no response — outcome unknown';

type Phase = 'submitted' | 'challenged' | 'confirmed' | 'asking' | 'done';

interface Request {
  phase: Phase;
  token: string;
  timer: number;
}

class Client implements ClientActor {
  private readonly requests = new Map<string, Request>();

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
        let requestId = message.requestId;
        let request = this.requests.get(requestId);
        if (request === undefined || request.phase === 'done') {
          // The control plane answers in order: an answer for a request we already closed
          // is the late reply to what the operator is waiting on now, the oldest open request.
          const open = this.oldestOpen();
          if (open === undefined) return;
          [requestId, request] = open;
        }
        if (request.phase === 'challenged') return;
        this.stopTimer(request);
        request.phase = 'done';
        this.port.display({
          kind: 'outcome',
          requestId,
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

  private oldestOpen(): [string, Request] | undefined {
    for (const entry of this.requests) {
      const phase = entry[1].phase;
      if (phase === 'submitted' || phase === 'confirmed' || phase === 'asking') return entry;
    }
    return undefined;
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
  description: 'an answer for a closed/unknown request id is displayed as the outcome of the oldest still-open request (assumes in-order replies)',
};

const sut: SystemUnderTest = {
  name: 'red-team-2/mixed/client-late-answer-to-newest',
  createClient: (port: Port, config: ClientConfig): ClientActor => new Client(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
