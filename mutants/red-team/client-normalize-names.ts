// RED-TEAM MUTANT (a): client-normalize-names
//
// Clause 8.1 — "No attempt is made to auto-correct input."
// The client "helps" the operator: it trims and lowercases every name, field, config key and
// value before submitting, so "USERS", "users " and log_level="INFO" become valid requests.
// The challenge shows the corrected operation, the operator confirms, and the kernel executes
// something the operator did not type instead of the request being rejected. Not
// failure-path-only: the workload submits such names.
//
// Everything below is src/client.ts copied verbatim except the code marked
// [red-team] (a marked comment heads each changed block).

import type { SystemUnderTest } from '../../src/ports.ts';
import { reference } from '../../src/index.ts';

// The operator's client (UI / CLI). It turns the operator's commands into requests, shows
// the request id before sending anything (so the operator can always ask about it later),
// answers at most one challenge per request id, and never resends on its own: when the
// control plane is silent it tells the operator "no response — outcome unknown", and the
// operator decides. After a crash it keeps no in-flight state.

import type { Address, ClientActor, ClientConfig, Port } from '../../src/ports.ts';
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
            ? { kind: 'submit', requestId, operation: normalize(command.operation) }
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

/** [red-team] operators type names by hand: forgive stray spaces and capitals. */
function normalize(operation: Operation): Operation {
  const clean = (text: string): string => text.trim().toLowerCase();
  switch (operation.kind) {
    case 'create-collection':
      return { ...operation, name: clean(operation.name), indexes: operation.indexes.map(clean) };
    case 'drop-collection':
    case 'create-snapshot':
      return { ...operation, name: clean(operation.name) };
    case 'rename-collection':
      return { ...operation, from: clean(operation.from), to: clean(operation.to) };
    case 'create-index':
    case 'drop-index':
      return { ...operation, collection: clean(operation.collection), field: clean(operation.field) };
    case 'set-config':
      return { ...operation, key: clean(operation.key), value: clean(operation.value) };
  }
}

function createClient(port: Port, config: ClientConfig): ClientActor {
  return new Client(port, config);
}

export const info = {
  clause: "8.1",
  sentence: "No attempt is made to auto-correct input.",
  failurePathOnly: false,
  description: "client trims and lowercases names, fields, config keys and values before submitting, turning invalid requests into valid ones",
};

const sut: SystemUnderTest = {
  name: 'red-team/client-normalize-names',
  createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
