// MUTANT red5-client-retries-outcome-query
// Clause 10: "No retries are attempted"; 2: "Phase 7 never attempts to repair, retry, or complete an action after failure."
// The bug: "a question cannot do harm, so ask twice before giving up": when the client's
// timer fires on an outcome query the operator asked (phase "asking") for the first
// time, the client silently re-sends the outcome-query and waits once more; only the
// second silence is shown as "no response — outcome unknown". Mutations are never
// resent. But the query is a request the operator issued once, and a fenced query is
// itself a kernel write (it fences): the client sent it twice without being asked.
// Shows only when: an outcome query gets no answer within the client's timeout (lost,
// partitioned, control plane or kernel down, timeouts shorter than delays).

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
  /** outcome queries already re-sent once */
  private readonly retried = new Set<string>();

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
    if (request.phase === 'asking' && !this.retried.has(name)) {
      this.retried.add(name); // one more try for a question
      this.port.send(this.config.controlPlane, { kind: 'outcome-query', requestId: name });
      request.timer = this.startTimer(name);
      return;
    }
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
  clause: "10",
  sentence: "No retries are attempted",
  needs: "an outcome query unanswered within the client timeout"
};

const sut: SystemUnderTest = {
  name: 'red5-client-retries-outcome-query',
  createClient: createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
