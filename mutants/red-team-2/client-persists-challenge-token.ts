// MUTANT client-persists-challenge-token (spec 4.2)
// Bug: the client persists unanswered challenges (token included) and restores them after a restart, so they can still be confirmed.
//
// Observable when the client crashes (or is restarted) while a challenge is on screen,
// before the operator confirms: the restarted client restores the challenge token from its
// durable log and shows the challenge again, so a confirmation given after the restart
// still executes the request the crash should have discarded.

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

  /** A confirmation dialog survives a restart of the UI: the challenges that were on screen
   * when the client went down are shown again, and the operator can still answer them. */
  onStart(): void {
    const open = new Map<string, { token: string; operation: Operation }>();
    for (const record of this.port.records()) {
      if (record.kind !== 'INTENT') continue;
      const entry = JSON.parse(record.data) as { open?: string; token?: string; operation?: Operation; close?: string };
      if (entry.open !== undefined && entry.token !== undefined && entry.operation !== undefined) {
        open.set(entry.open, { token: entry.token, operation: entry.operation });
      }
      if (entry.close !== undefined) open.delete(entry.close);
    }
    for (const [requestId, pending] of open) {
      this.requests.set(requestId, { phase: 'challenged', token: pending.token, timer: 0 });
      this.port.display({ kind: 'challenge', requestId, operation: pending.operation });
    }
  }

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
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ close: command.requestId }) });
        this.port.sync();
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
        this.port.append({
          kind: 'INTENT',
          data: JSON.stringify({ open: message.requestId, token: message.token, operation: message.operation }),
        });
        this.port.sync();
        this.port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
        return;
      }
      case 'answer': {
        const request = this.requests.get(message.requestId);
        if (request === undefined || request.phase === 'done' || request.phase === 'challenged') return;
        this.stopTimer(request);
        request.phase = 'done';
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
  clause: '4.2',
  sentence: 'The request MUST NOT be executed',
  failurePathOnly: true,
  description: 'the client persists unanswered challenges (token included) and restores them after a restart, so they can still be confirmed',
};

const sut: SystemUnderTest = {
  name: 'red-team-2/mixed/client-persists-challenge-token',
  createClient: (port: Port, config: ClientConfig): ClientActor => new Client(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
