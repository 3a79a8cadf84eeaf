// MUTANT red5-client-restores-challenge
// Clause 4.2: "If a mutating action requires confirmation and the client crashes before
// confirmation: The request MUST NOT be executed" / "Action is discarded"
// The bug: so that a crashed terminal does not lose the operator's pending decision, the
// client persists every challenge it shows (request id, token, operation) and, on restart,
// shows the still-unanswered challenges again. The operator confirms the re-shown
// challenge and the request executes — a request whose client crashed before
// confirmation, which the spec says is discarded.
// Shows only when: a client crashes after showing a challenge and before the operator
// answers it, and the operator confirms after the restart (client-crash-before-confirm).

import { reference } from '../../src/index.ts';
import type { SystemUnderTest } from '../../src/ports.ts';
import type { Address, ClientActor, ClientConfig, Port } from '../../src/ports.ts';
import type { Message, Operation, OperatorCommand } from '../../src/protocol.ts';

export const NO_RESPONSE = 'no response — outcome unknown';

type Phase = 'submitted' | 'challenged' | 'confirmed' | 'asking' | 'done';

interface Request {
  phase: Phase;
  token: string;
  timer: number;
}

export class Client implements ClientActor {
  private readonly requests = new Map<string, Request>();

  constructor(
    private readonly port: Port,
    private readonly config: ClientConfig,
  ) {}

  onStart(): void {
    const pending = new Map<string, { token: string; operation: unknown }>();
    for (const record of this.port.records()) {
      if (record.kind !== 'INTENT') continue;
      const saved = JSON.parse(record.data) as { requestId: string; token?: string; operation?: unknown };
      if (saved.token === undefined) pending.delete(saved.requestId);
      else pending.set(saved.requestId, { token: saved.token, operation: saved.operation });
    }
    for (const [requestId, saved] of pending) {
      this.requests.set(requestId, { phase: 'challenged', token: saved.token, timer: 0 });
      this.port.display({ kind: 'challenge', requestId, operation: saved.operation as Operation });
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
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ requestId: command.requestId }) });
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
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ requestId: message.requestId, token: message.token, operation: message.operation }) });
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

export function createClient(port: Port, config: ClientConfig): ClientActor {
  return new Client(port, config);
}

export const info = {
  clause: "4.2",
  sentence: "The request MUST NOT be executed",
  needs: "a client crash between showing a challenge and the operator confirming"
};

const sut: SystemUnderTest = {
  name: 'red5-client-restores-challenge',
  createClient: createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
