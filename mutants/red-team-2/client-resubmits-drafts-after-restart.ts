// MUTANT client-resubmits-drafts-after-restart (spec 4.1)
// Bug: the client journals every submit and re-sends the unacknowledged ones after a restart.
//
// Observable when the client crashes between typing a submit and getting its challenge or
// answer (in particular before the submit was sent): after the restart the client sends
// the submit by itself, so a request the operator never reissued reaches the control plane
// (and, once the challenge is confirmed, the kernel).

import { reference } from '../../src/index.ts';
import type { Address, ClientActor, ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, Operation, OperatorCommand } from '../../src/protocol.ts';

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

  /** Requests typed before a crash are not lost: any submit the control plane never
   * acknowledged (no challenge, no answer) is sent again, under its own request id. */
  onStart(): void {
    const drafts = new Map<string, Operation>();
    for (const record of this.port.records()) {
      if (record.kind !== 'INTENT') continue;
      const entry = JSON.parse(record.data) as { draft?: string; operation?: Operation; acked?: string };
      if (entry.draft !== undefined && entry.operation !== undefined) drafts.set(entry.draft, entry.operation);
      if (entry.acked !== undefined) drafts.delete(entry.acked);
    }
    for (const [requestId, operation] of drafts) {
      this.port.send(this.config.controlPlane, { kind: 'submit', requestId, operation });
      this.requests.set(requestId, { phase: 'submitted', token: '', timer: this.startTimer(requestId) });
    }
  }

  private acknowledge(requestId: string): void {
    this.port.append({ kind: 'INTENT', data: JSON.stringify({ acked: requestId }) });
    this.port.sync();
  }

  onOperator(command: OperatorCommand): void {
    switch (command.kind) {
      case 'submit':
      case 'observe': {
        const requestId = this.port.drawId();
        if (command.kind === 'submit') {
          this.port.append({ kind: 'INTENT', data: JSON.stringify({ draft: requestId, operation: command.operation }) });
          this.port.sync();
        }
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
        this.acknowledge(message.requestId);
        this.port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
        return;
      }
      case 'answer': {
        const request = this.requests.get(message.requestId);
        if (request === undefined || request.phase === 'done' || request.phase === 'challenged') return;
        this.stopTimer(request);
        request.phase = 'done';
        if (request.token === '') this.acknowledge(message.requestId);
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
    if (request.phase === 'submitted') this.acknowledge(name);
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
  clause: '4.1',
  sentence: 'Operator must reissue the request',
  failurePathOnly: true,
  description: 'the client journals every submit and re-sends the unacknowledged ones after a restart',
};

const sut: SystemUnderTest = {
  name: 'red-team-2/mixed/client-resubmits-drafts-after-restart',
  createClient: (port: Port, config: ClientConfig): ClientActor => new Client(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
