// RED-TEAM MUTANT (a): client-outbox-replay
//
// Clause 4.1 — "No request reaches the kernel" (crash before submission).
// The client gets a "crash-safe outbox": every submit/observe is written to the client's own
// durable log (INTENT record, synced) before the request id is displayed and the request sent,
// and a "sent" marker is written after the send. On start, the client re-sends every outbox
// entry that has no marker, under the same request id, and shows its id to the operator again.
// Reachable when the client crashes at display() or send() of a submit/observe (after the
// outbox sync): the operator has been told nothing was submitted and must reissue, yet the
// restarted client submits the old request on its own (an observe goes straight to the
// kernel as a read; a submit comes back as a challenge that the operator may confirm, next
// to the operator's own reissue). Calm runs never restart a client, so they behave like the
// reference.
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
import type { ClientMessage, Message, OperatorCommand } from '../../src/protocol.ts';

const NO_RESPONSE = 'no response — outcome unknown';

type Outgoing = Extract<ClientMessage, { kind: 'submit' | 'observe' }>;

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
    // [red-team] resend whatever a crash left in the outbox
    const pending = new Map<string, { outbox: Outgoing; intent: number }>();
    for (const record of this.port.records()) {
      if (record.kind !== 'INTENT') continue;
      const entry = JSON.parse(record.data) as { outbox?: Outgoing; intent?: number; sent?: string };
      if (entry.outbox !== undefined) pending.set(entry.outbox.requestId, { outbox: entry.outbox, intent: entry.intent ?? 0 });
      else if (entry.sent !== undefined) pending.delete(entry.sent);
    }
    for (const [requestId, { outbox, intent }] of pending) {
      this.port.display({ kind: 'request-id', intent, requestId });
      this.port.send(this.config.controlPlane, outbox);
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ sent: requestId }) });
      this.port.sync();
      this.requests.set(requestId, { phase: 'submitted', token: '', timer: this.startTimer(requestId) });
    }
  }

  onOperator(command: OperatorCommand): void {
    switch (command.kind) {
      case 'submit':
      case 'observe': {
        const requestId = this.port.drawId();
        const outgoing: Outgoing =
          command.kind === 'submit'
            ? { kind: 'submit', requestId, operation: command.operation }
            : { kind: 'observe', requestId };
        // [red-team] crash-safe outbox: on disk before it is shown or sent, so that a crash of
        // the terminal cannot lose what the operator typed (onStart sends what is left)
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ outbox: outgoing, intent: command.intent }) });
        this.port.sync();
        this.port.display({ kind: 'request-id', intent: command.intent, requestId });
        this.port.send(this.config.controlPlane, outgoing);
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ sent: requestId }) });
        this.port.sync();
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

function createClient(port: Port, config: ClientConfig): ClientActor {
  return new Client(port, config);
}

export const info = {
  clause: "4.1",
  sentence: "No request reaches the kernel",
  failurePathOnly: true,
  description: "client keeps a durable outbox and, after restarting, re-sends a request it crashed before submitting (same request id, shown again to the operator)",
};

const sut: SystemUnderTest = {
  name: 'red-team/client-outbox-replay',
  createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
