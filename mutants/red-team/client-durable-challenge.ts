// RED-TEAM MUTANT (a): client-durable-challenge
//
// Clause 4.2 — "The request MUST NOT be executed" (client crash before confirmation).
// The client persists every open challenge (request id, token, operation) to its durable log
// and, after a restart, shows those challenges to the operator again and accepts a confirm
// for them, sending the old token. A "settled" marker is written after a confirm/abandon.
// Reachable when a client crashes between receiving a challenge and the operator's confirm:
// the spec says the action is discarded and must be reissued, but the restarted client offers
// the stale challenge; the control plane (if it did not restart) still holds the token, so the
// operator's confirm executes a request the spec has discarded. Calm runs never restart a
// client, so they behave like the reference.
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

  onStart(): void {
    // [red-team] show again the challenges the operator had not answered when we went down
    const open = new Map<string, { token: string; operation: Operation }>();
    for (const record of this.port.records()) {
      if (record.kind !== 'INTENT') continue;
      const entry = JSON.parse(record.data) as {
        challenge?: { requestId: string; token: string; operation: Operation };
        settled?: string;
      };
      if (entry.challenge !== undefined) open.set(entry.challenge.requestId, entry.challenge);
      else if (entry.settled !== undefined) open.delete(entry.settled);
    }
    for (const [requestId, challenge] of open) {
      this.requests.set(requestId, { phase: 'challenged', token: challenge.token, timer: 0 });
      this.port.display({ kind: 'challenge', requestId, operation: challenge.operation });
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
        // [red-team] the challenge is answered: forget it on disk too
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ settled: command.requestId }) });
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
        // [red-team] keep the open challenge on disk so that a restarted terminal can show it
        // again instead of making the operator start over
        this.port.append({
          kind: 'INTENT',
          data: JSON.stringify({ challenge: { requestId: message.requestId, token: message.token, operation: message.operation } }),
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

function createClient(port: Port, config: ClientConfig): ClientActor {
  return new Client(port, config);
}

export const info = {
  clause: "4.2",
  sentence: "The request MUST NOT be executed",
  failurePathOnly: true,
  description: "client persists unanswered challenges and re-offers them after a restart, so a confirm after the crash executes a request the spec says was discarded",
};

const sut: SystemUnderTest = {
  name: 'red-team/client-durable-challenge',
  createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
