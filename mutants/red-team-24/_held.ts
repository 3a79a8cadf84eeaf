// @ts-nocheck
// A client that holds the operator's confirm/abandon for HOLD_MS (its own timer) before it
// sends it — "undo window" design. Options turn on one bug each; all off = intended design.
import { reference } from '../../src/index.ts';

export const NO_RESPONSE = 'no response — outcome unknown';
const HOLD_MS = 8;
const HOLD = 'hold:';

/** module-level outbox (only used with opts.moduleOutbox) */
const sharedOutbox: any[] = [];

export class HeldClient {
  requests = new Map();
  constructor(port, config, opts) {
    this.port = port;
    this.config = config;
    this.opts = opts ?? {};
  }
  onStart() {}

  onOperator(command) {
    switch (command.kind) {
      case 'submit':
      case 'observe': {
        let requestId;
        if (command.kind === 'observe' && this.opts.observeIdReused && this.observeId !== undefined) {
          requestId = this.observeId;
        } else {
          requestId = this.port.drawId();
          if (command.kind === 'observe') this.observeId = requestId;
        }
        this.port.display({ kind: 'request-id', intent: command.intent, requestId });
        this.port.send(
          this.config.controlPlane,
          command.kind === 'submit' ? { kind: 'submit', requestId, operation: command.operation } : { kind: 'observe', requestId },
        );
        this.requests.set(requestId, { phase: 'submitted', token: '', timer: this.startTimer(requestId), held: null });
        return;
      }
      case 'confirm':
      case 'abandon': {
        const request = this.requests.get(command.requestId);
        if (request === undefined) return;
        if (request.phase === 'holding') {
          if (this.opts.abandonCancelsHeld && command.kind === 'abandon') {
            this.port.cancelTimer(request.held.timer);
            request.held = null;
            request.phase = 'done';
            return;
          }
          if (this.opts.confirmStands) return; // as the reference: an answer once given stands
          if (this.opts.wrongTimerOnChange) {
            // re-arm the undo window for the new answer (cancelling the request's timer, not the hold's)
            if (request.timer !== 0) this.port.cancelTimer(request.timer);
            const again = { kind: command.kind, originalKind: command.kind, token: request.token, requestId: command.requestId, timer: 0 };
            request.held = again;
            again.timer = this.port.setTimer(this.opts.holdMs ?? HOLD_MS, HOLD + command.requestId);
            this.holdsById.set(again.timer, again);
            return;
          }
          request.held.kind = command.kind; // the operator's last word before the answer leaves
          return;
        }
        if (request.phase !== 'challenged') return;
        const held = { kind: command.kind, originalKind: command.kind, token: request.token, requestId: command.requestId, timer: 0, from: this };
        request.phase = 'holding';
        request.held = held;
        if (this.opts.moduleOutbox) {
          sharedOutbox.push(held);
          held.timer = this.port.setTimer(this.opts.holdMs ?? HOLD_MS, HOLD + command.requestId);
          return;
        }
        held.timer = this.port.setTimer(this.opts.holdMs ?? HOLD_MS, HOLD + command.requestId);
        this.holdsById.set(held.timer, held);
        return;
      }
      case 'ask-outcome': {
        const request = this.requests.get(command.requestId);
        if (request !== undefined && request.held !== null && request.held !== undefined && this.opts.flushOnAsk) {
          // the operator's answer leaves now, before the question about it
          const held = request.held;
          this.port.cancelTimer(held.timer);
          this.holdsById.delete(held.timer);
          if (process.env.RT24_PROBE) process.stderr.write(`PROBE flush ${held.kind} ${held.requestId}\n`);
          this.sendHeld(held);
        } else if (request !== undefined && request.held !== null && request.held !== undefined && !this.opts.heldSurvivesAsk) {
          this.port.cancelTimer(request.held.timer);
        }
        if (request !== undefined && request.timer !== 0) this.port.cancelTimer(request.timer);
        this.port.send(this.config.controlPlane, { kind: 'outcome-query', requestId: command.requestId });
        const keep = this.opts.heldSurvivesAsk && request !== undefined ? request.held : null;
        this.requests.set(command.requestId, { phase: 'asking', token: '', timer: this.startTimer(command.requestId), held: keep });
        return;
      }
    }
  }

  sendHeld(held) {
    const request = this.requests.get(held.requestId);
    this.port.send(this.config.controlPlane, { kind: held.kind, requestId: held.requestId, token: held.token });
    if (request === undefined) return;
    if (request.held === held) request.held = null;
    if (request.phase !== 'holding') return;
    const kind = this.opts.phaseFromFirstWord ? held.originalKind : held.kind;
    if (kind === 'confirm') {
      request.phase = 'confirmed';
      request.timer = this.startTimer(held.requestId);
    } else {
      request.phase = 'done';
    }
  }

  onMessage(_from, message) {
    switch (message.kind) {
      case 'challenge': {
        const request = this.requests.get(message.requestId);
        if (request === undefined) return;
        if (this.opts.reshowNewerTokenDuringHold && request.phase === 'holding' && message.token !== request.token) {
          // the control plane re-challenged (it restarted): the held answer carries a token it
          // will refuse, so drop it and put the new challenge to the operator
          if (process.env.RT24_PROBE) process.stderr.write(`PROBE reshow ${message.requestId}\n`);
          this.port.cancelTimer(request.held.timer);
          request.held = null;
          request.phase = 'submitted';
        }
        if (request.phase !== 'submitted') return;
        request.phase = 'challenged';
        request.token = message.token;
        this.stopTimer(request);
        this.port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
        return;
      }
      case 'answer': {
        const request = this.requests.get(message.requestId);
        if (request === undefined || request.phase === 'done' || request.phase === 'challenged' || request.phase === 'holding') return;
        this.stopTimer(request);
        request.phase = 'done';
        this.port.display({
          kind: 'outcome', requestId: message.requestId, outcome: message.outcome, source: message.source,
          rejection: message.rejection, text: message.text,
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

  holdsById = new Map();
  onTimer(name, id) {
    if (name.startsWith(HOLD) && this.opts.wrongTimerOnChange) {
      const held = this.holdsById.get(id);
      if (held === undefined) return;
      this.holdsById.delete(id);
      if (process.env.RT24_PROBE) process.stderr.write(`PROBE send ${held.kind} ${held.requestId}\n`);
      this.sendHeld(held);
      return;
    }
    if (name.startsWith(HOLD)) {
      const requestId = name.slice(HOLD.length);
      if (this.opts.moduleOutbox) {
        // flush everything queued, whoever queued it
        while (sharedOutbox.length > 0) {
          const held = sharedOutbox.shift();
          this.sendHeld(held);
        }
        return;
      }
      const request = this.requests.get(requestId);
      if (request === undefined || request.held === null || request.held === undefined) return;
      if (process.env.RT24_PROBE && request.phase !== 'holding') process.stderr.write(`PROBE held sent in phase ${request.phase} ${requestId}\n`);
      this.sendHeld(request.held);
      return;
    }
    const request = this.requests.get(name);
    if (request === undefined || request.phase === 'done' || request.phase === 'holding') return;
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

export function heldSut(name, opts) {
  return { ...reference, name, createClient: (port, config) => new HeldClient(port, config, opts) };
}
