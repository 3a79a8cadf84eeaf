// MUTANT red5-client-answers-unknown-ids-locally
// Clause 4.3: "The execution outcome MUST be determined from kernel state" / "The control plane MUST NOT guess"
// The bug: the client keeps a durable list of the request ids it issued (an INTENT record
// per id, so it survives a client crash). When the operator asks about an id that is not
// in that list, the engineer reasoned "this terminal never sent it, so nothing was done"
// and answers locally: not-executed, without asking the control plane. But another
// operator's request (an id this operator was shown on a shared screen, or in a ticket)
// may well have executed: the answer is a guess, not kernel state.
// Shows only when: an operator asks about a request issued at another client (the
// "ask about another operator's request" quirk: impatient-operators, timing-swarm,
// skewed-clocks) and that request executed.

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
        this.port.append({ kind: 'INTENT', data: requestId });
        this.port.sync();
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
        if (!this.issued().has(command.requestId)) {
          // never sent from this terminal: nothing was done on its behalf
          this.port.display({ kind: 'outcome', requestId: command.requestId, outcome: 'not-executed', source: 'no-response', rejection: null, text: 'not a request of this client — not executed' });
          return;
        }
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

  private issued(): Set<string> {
    const ids = new Set<string>();
    for (const record of this.port.records()) if (record.kind === 'INTENT') ids.add(record.data);
    return ids;
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
  clause: "4.3",
  sentence: "The execution outcome MUST be determined from kernel state",
  needs: "an operator asking about another operator's request that executed"
};

const sut: SystemUnderTest = {
  name: 'red5-client-answers-unknown-ids-locally',
  createClient: createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
