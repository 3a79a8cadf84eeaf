// MUTANT client-reuses-request-id-on-reissue (spec 2)
// Bug: a reissue of an operation whose previous attempt ended "unknown" reuses the previous request id instead of drawing a new one.
//
// Observable after an "outcome unknown" (lost or delayed challenge/confirm/answer, control
// plane or kernel timeout) when the operator reissues the same operation: the client sends
// the reissue under the old request id, so the reissue is a retry of the old request — it
// is swallowed as a duplicate, or fenced, or reported with the first attempt's outcome —
// instead of a new request.

import { reference } from '../../src/index.ts';
import type { Address, ClientActor, ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, OperatorCommand, Outcome } from '../../src/protocol.ts';

const NO_RESPONSE = 'no response — outcome unknown';

type Phase = 'submitted' | 'challenged' | 'confirmed' | 'asking' | 'done';

interface Request {
  phase: Phase;
  token: string;
  timer: number;
}

class Client implements ClientActor {
  private readonly requests = new Map<string, Request>();
  /** request id → the operation it carries (its fingerprint) */
  private readonly operationOf = new Map<string, string>();
  /** operation fingerprint → the request id whose outcome was left unknown */
  private readonly unknownAttempt = new Map<string, string>();

  constructor(
    private readonly port: Port,
    private readonly config: ClientConfig,
  ) {}

  onStart(): void {}

  onOperator(command: OperatorCommand): void {
    switch (command.kind) {
      case 'submit':
      case 'observe': {
        // Reissuing an operation whose last attempt ended "outcome unknown" reuses that
        // attempt's request id: the kernel decides a request id once, so a reissue can
        // never execute the operation twice.
        const key = command.kind === 'submit' ? JSON.stringify(command.operation) : '';
        const earlier = key === '' ? undefined : this.unknownAttempt.get(key);
        if (earlier !== undefined) this.unknownAttempt.delete(key);
        const requestId = earlier ?? this.port.drawId();
        if (key !== '') this.operationOf.set(requestId, key);
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
        const request = this.requests.get(message.requestId);
        if (request === undefined || request.phase === 'done' || request.phase === 'challenged') return;
        this.stopTimer(request);
        request.phase = 'done';
        this.noteOutcome(message.requestId, message.outcome);
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
    this.noteOutcome(name, 'unknown');
    this.port.display({
      kind: 'outcome',
      requestId: name,
      outcome: 'unknown',
      source: 'no-response',
      rejection: null,
      text: NO_RESPONSE,
    });
  }

  private noteOutcome(requestId: string, outcome: Outcome): void {
    const key = this.operationOf.get(requestId);
    if (key === undefined) return;
    if (outcome === 'unknown') this.unknownAttempt.set(key, requestId);
    else if (this.unknownAttempt.get(key) === requestId) this.unknownAttempt.delete(key);
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
  clause: '2',
  sentence: 'Phase 7 never attempts to repair, retry, or complete an action after failure.',
  failurePathOnly: true,
  description: 'a reissue of an operation whose previous attempt ended "unknown" reuses the previous request id instead of drawing a new one',
};

const sut: SystemUnderTest = {
  name: 'red-team-2/mixed/client-reuses-request-id-on-reissue',
  createClient: (port: Port, config: ClientConfig): ClientActor => new Client(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
