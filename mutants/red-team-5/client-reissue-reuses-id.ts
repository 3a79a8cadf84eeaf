// MUTANT red5-client-reissue-reuses-id
// Clause 2: "Phase 7 failures are handled by: ... Explicit operator re-issuance" (4.1, 6.1: "Operator must reissue")
// The bug: an idempotency key to absorb double submissions: the client derives the
// request id of a submit from the operation — the first submit of an operation draws a
// fresh id, and any later submit of the same operation at this client reuses it, "so the
// kernel deduplicates a double click". But an operator's re-issue of a request that did
// not execute is the same operation by definition, and it is a NEW request: with the old
// id it can never execute — the control plane drops it as a duplicate submit, or the
// kernel answers DUPLICATE naming the old decision (FENCE once an outcome query fenced
// it, or the old REJECT). The operator's explicit re-issuance silently does nothing.
// Shows only when: an operator re-issues (workload.reissue) an operation that did not
// execute, at the same client (and that client did not restart in between).

import { reference } from '../../src/index.ts';
import type { SystemUnderTest } from '../../src/ports.ts';
import type { Address, ClientActor, ClientConfig, Port } from '../../src/ports.ts';
import type { Message, OperatorCommand } from '../../src/protocol.ts';

export const NO_RESPONSE = 'no response — outcome unknown';

type Phase = 'submitted' | 'challenged' | 'confirmed' | 'asking' | 'done';

interface Request {
  phase: Phase;
  token: string;
  timer: number;
}

export class Client implements ClientActor {
  private readonly requests = new Map<string, Request>();
  /** operation → the request id drawn for it (idempotency key) */
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly port: Port,
    private readonly config: ClientConfig,
  ) {}

  onStart(): void {}

  onOperator(command: OperatorCommand): void {
    switch (command.kind) {
      case 'submit':
      case 'observe': {
        const key = command.kind === 'submit' ? JSON.stringify(command.operation) : '';
        const reused = key === '' ? undefined : this.keys.get(key);
        const requestId = reused ?? this.port.drawId();
        if (key !== '') this.keys.set(key, requestId);
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
  clause: "2",
  sentence: "Phase 7 failures are handled by: Explicit operator re-issuance",
  needs: "an operator re-issuing an operation that did not execute"
};

const sut: SystemUnderTest = {
  name: 'red5-client-reissue-reuses-id',
  createClient: createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
