// MUTANT client-resends-confirm-after-restart
// Clause 10 (Recovery Rules): "No retries are attempted"
// (also 4.3: after a client crash after confirmation "The execution outcome MUST be
// determined from kernel state", and 6.1: "Operator must reissue")
//
// Bug: the client journals each confirm durably (an INTENT record holding the request id and
// its challenge token, synced before the confirm is sent) and closes the entry once it has
// shown the operator an outcome for that request. After a crash, the restarted client finds
// the confirms it never saw an outcome for and, to "resume the operator's session", sends
// each of them again (same request id, same token) and waits for the answer as if the
// confirm had just been typed. With the reference control plane a resent confirm is usually
// harmless (a duplicate once the first was handled, "challenge expired" after a control-plane
// restart) — but when the first confirm never reached the control plane (dropped, partition,
// control plane down, or the client crashed before it left), the resend is a retry that makes
// the request execute although the operator's confirm was lost and nobody re-issued it.
//
// Shows only when: a client crashes after an operator confirmed a request and before the
// client displayed its outcome, and restarts (the resend itself is a hidden retry); it
// changes what executes only when the original confirm never reached a live control plane
// while the challenge is still pending there.

import type { Address, ClientActor, ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, OperatorCommand } from '../../src/protocol.ts';
import { NO_RESPONSE } from '../../src/client.ts';
import { reference } from '../../src/index.ts';

export const info = {
  clause: '10',
  sentence: 'No retries are attempted',
  needs: 'a client crash after a confirm and before its outcome is shown, then the restart (executes something only if the first confirm was lost)',
};

type Phase = 'submitted' | 'challenged' | 'confirmed' | 'asking' | 'done';

interface PendingRequest {
  phase: Phase;
  token: string;
  timer: number;
}

interface JournalEntry {
  readonly confirm?: string;
  readonly token?: string;
  readonly settled?: string;
}

class ResumingClient implements ClientActor {
  private readonly requests = new Map<string, PendingRequest>();
  /** confirmed requests whose outcome the operator has not been shown yet (journalled) */
  private readonly journalled = new Set<string>();

  constructor(
    private readonly port: Port,
    private readonly config: ClientConfig,
  ) {}

  /** BUG: resume every confirm the journal leaves open, by sending it again. */
  onStart(): void {
    const open = new Map<string, string>();
    for (const record of this.port.records()) {
      if (record.kind !== 'INTENT') continue;
      const entry = JSON.parse(record.data) as JournalEntry;
      if (entry.confirm !== undefined && entry.token !== undefined) open.set(entry.confirm, entry.token);
      if (entry.settled !== undefined) open.delete(entry.settled);
    }
    for (const [requestId, token] of open) {
      this.journalled.add(requestId);
      this.port.send(this.config.controlPlane, { kind: 'confirm', requestId, token });
      this.requests.set(requestId, { phase: 'confirmed', token, timer: this.startTimer(requestId) });
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
        if (command.kind === 'confirm') {
          this.port.append({ kind: 'INTENT', data: JSON.stringify({ confirm: command.requestId, token: request.token }) });
          this.port.sync();
          this.journalled.add(command.requestId);
        }
        this.port.send(this.config.controlPlane, { kind: command.kind, requestId: command.requestId, token: request.token });
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
        if (request === undefined || request.phase !== 'submitted') return;
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
        this.settle(message.requestId);
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
    this.settle(name);
  }

  /** The operator has been shown an outcome: close the journal entry. */
  private settle(requestId: string): void {
    if (!this.journalled.delete(requestId)) return;
    this.port.append({ kind: 'INTENT', data: JSON.stringify({ settled: requestId }) });
    this.port.sync();
  }

  private startTimer(requestId: string): number {
    return this.port.setTimer(this.config.responseTimeoutMs, requestId);
  }

  private stopTimer(request: PendingRequest): void {
    if (request.timer === 0) return;
    this.port.cancelTimer(request.timer);
    request.timer = 0;
  }
}

const sut: SystemUnderTest = {
  name: 'client-resends-confirm-after-restart',
  createClient: (port, config) => new ResumingClient(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
