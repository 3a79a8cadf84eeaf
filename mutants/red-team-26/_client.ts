// @ts-nocheck
// A client of the recently accepted design, built from src/client.ts: it holds the
// operator's confirm/abandon for `holdMs` and sends it from its own timer. While held, a
// second word from the operator either is ignored (policy 'confirm-stands') or replaces
// the held one (policy 'last-word'). An outcome question flushes the held word first.
// `bug` names the one deliberate change a mutant makes (null: the correct design).

export const NO_RESPONSE = 'no response — outcome unknown';

const probe = (...args) => {
  if (process.env.RT26_PROBE) process.stderr.write(`RT26_PROBE ${args.join(' ')}\n`);
};

export class HeldClient {
  requests = new Map();

  constructor(port, config, opts) {
    this.port = port;
    this.config = config;
    this.holdMs = opts.holdMs ?? 50;
    this.policy = opts.policy ?? 'last-word';
    this.bug = opts.bug ?? null;
  }

  onStart() {}

  onOperator(command) {
    switch (command.kind) {
      case 'submit':
      case 'observe': {
        const requestId = this.port.drawId();
        this.port.display({ kind: 'request-id', intent: command.intent, requestId });
        this.port.send(
          this.config.controlPlane,
          command.kind === 'submit' ? { kind: 'submit', requestId, operation: command.operation } : { kind: 'observe', requestId },
        );
        this.requests.set(requestId, { phase: 'submitted', token: '', timer: this.startTimer(requestId), held: null, holdTimer: 0 });
        return;
      }
      case 'confirm':
      case 'abandon': {
        const request = this.requests.get(command.requestId);
        if (request === undefined) return;
        const clickedConfirm = this.bug === 'abandon-then-no-response' && request.phase === 'confirmed' && request.held !== null;
        if (request.phase !== 'challenged' && !clickedConfirm) return;
        if (request.held === null) {
          request.held = command.kind;
          request.heldToken = request.token;
          if (this.bug === 'abandon-token-consumed' && command.kind === 'confirm') request.token = '';
          request.holdTimer = this.port.setTimer(this.holdMs, 'hold:' + command.requestId);
          if (this.bug === 'abandon-then-no-response' && command.kind === 'confirm') {
            // the response clock starts at the operator's click
            request.phase = 'confirmed';
            request.timer = this.startTimer(command.requestId);
          }
          return;
        }
        // a second word while one is held
        probe('second-word', command.requestId, request.held, '->', command.kind);
        if (this.bug === 'late-abandon-sent-now' && request.held === 'confirm' && command.kind === 'abandon') {
          probe('both', command.requestId);
          this.port.send(this.config.controlPlane, { kind: 'abandon', requestId: command.requestId, token: request.token });
          request.phase = 'done';
          return;
        }
        if (this.bug === 'abandon-closes-confirm' && request.held === 'confirm' && command.kind === 'abandon') {
          probe('neither', command.requestId);
          request.phase = 'done';
          return;
        }
        if (this.policy === 'last-word') {
          if (this.bug === 'abandon-token-consumed' && command.kind === 'abandon') {
            probe('abandon-with-token', JSON.stringify(request.token));
            request.heldToken = request.token;
          }
          request.held = command.kind;
        }
        return;
      }
      case 'ask-outcome': {
        const request = this.requests.get(command.requestId);
        const flushFirst = this.bug !== 'flush-after-ask-query';
        if (flushFirst && request !== undefined && request.held !== null) this.flush(command.requestId, request);
        if (request !== undefined && request.timer !== 0) this.port.cancelTimer(request.timer);
        this.port.send(this.config.controlPlane, { kind: 'outcome-query', requestId: command.requestId });
        if (!flushFirst && request !== undefined && request.held !== null) {
          probe('flush-after-query', command.requestId, request.held);
          this.flush(command.requestId, request);
          if (request.timer !== 0) this.port.cancelTimer(request.timer);
        }
        this.requests.set(command.requestId, { phase: 'asking', token: '', timer: this.startTimer(command.requestId), held: null, holdTimer: 0 });
        return;
      }
    }
  }

  flush(requestId, request) {
    const kind = request.held;
    request.held = null;
    if (request.holdTimer !== 0) this.port.cancelTimer(request.holdTimer);
    request.holdTimer = 0;
    this.port.send(this.config.controlPlane, { kind, requestId, token: request.heldToken });
    if (kind === 'confirm') {
      if (request.phase !== 'confirmed') {
        request.phase = 'confirmed';
        request.timer = this.startTimer(requestId);
      }
    } else if (this.bug === 'abandon-then-no-response') {
      probe('abandon-sent-phase', request.phase);
      request.heldWasAbandon = true;
      // phase left as the operator's click set it
    } else {
      request.phase = 'done';
    }
  }

  onMessage(_from, message) {
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

  onTimer(name) {
    if (name.startsWith('hold:')) {
      const requestId = name.slice(5);
      const request = this.requests.get(requestId);
      if (request === undefined || request.held === null) return;
      if (this.bug !== 'late-abandon-sent-now' && request.phase !== 'challenged' && !(this.bug === 'abandon-then-no-response' && request.phase === 'confirmed')) return;
      request.holdTimer = 0;
      if (this.bug === 'late-abandon-sent-now' && request.phase === 'done') probe('held-confirm-after-abandon', requestId);
      this.flush(requestId, request);
      return;
    }
    const request = this.requests.get(name);
    if (request === undefined || request.phase === 'done') return;
    if (this.bug === 'abandon-then-no-response' && request.held === null && request.heldWasAbandon) probe('no-response-after-abandon', name);
    request.timer = 0;
    request.phase = 'done';
    this.port.display({ kind: 'outcome', requestId: name, outcome: 'unknown', source: 'no-response', rejection: null, text: NO_RESPONSE });
  }

  startTimer(requestId) {
    return this.port.setTimer(this.config.responseTimeoutMs, requestId);
  }

  stopTimer(request) {
    if (request.timer === 0) return;
    this.port.cancelTimer(request.timer);
    request.timer = 0;
  }
}
