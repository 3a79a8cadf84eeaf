// @ts-nocheck
// Red team 31: a configurable copy of src/client.ts.
export const NO_RESPONSE = 'no response — outcome unknown';
import { appendFileSync } from 'node:fs';
const probe = (...a) => { if (process.env.RT31_PROBE) appendFileSync(process.env.RT31_PROBE, '[RT31] ' + a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' ') + '\n'); };

export class C {
  requests = new Map();
  idPrefix = null;
  idCounter = 0;
  constructor(port, config, o = {}) { this.port = port; this.config = config; this.o = o; }

  onStart() {
    if (this.o.persistChallenges) {
      const open = new Map();
      for (const r of this.port.records()) {
        if (r.kind !== 'INTENT') continue;
        const d = JSON.parse(r.data);
        if (d.t === 'ch') open.set(d.r, d);
        else open.delete(d.r);
      }
      for (const d of open.values()) {
        probe('client re-shows challenge after restart', d.r);
        this.requests.set(d.r, { phase: 'challenged', token: d.tok, timer: 0 });
        this.port.display({ kind: 'challenge', requestId: d.r, operation: d.op });
      }
    }
  }

  newId() {
    if (this.o.prefixIds) {
      if (this.idPrefix === null) this.idPrefix = this.port.drawId();
      this.idCounter += 1;
      return `${this.idPrefix}-${this.idCounter}`;
    }
    return this.port.drawId();
  }

  onOperator(command) {
    switch (command.kind) {
      case 'submit':
      case 'observe': {
        const requestId = this.newId();
        this.port.display({ kind: 'request-id', intent: command.intent, requestId });
        this.port.send(this.config.controlPlane, command.kind === 'submit'
          ? { kind: 'submit', requestId, operation: command.operation }
          : { kind: 'observe', requestId });
        this.requests.set(requestId, { phase: 'submitted', token: '', timer: this.startTimer(requestId), mutating: command.kind === 'submit', observe: command.kind === 'observe' });
        return;
      }
      case 'confirm':
      case 'abandon': {
        const request = this.requests.get(command.requestId);
        if (this.o.abandonAfterConfirm && command.kind === 'abandon' && request !== undefined && request.phase === 'confirmed') {
          probe('abandon sent after confirm', command.requestId);
          this.port.send(this.config.controlPlane, { kind: 'abandon', requestId: command.requestId, token: request.token });
          this.stopTimer(request);
          request.phase = 'done';
          return;
        }
        if (request === undefined || request.phase !== 'challenged') return;
        this.port.send(this.config.controlPlane, { kind: command.kind, requestId: command.requestId, token: request.token });
        if (this.o.persistChallenges) {
          this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'done', r: command.requestId }) });
          this.port.sync();
        }
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

  onMessage(_from, message) {
    switch (message.kind) {
      case 'challenge': {
        let request = this.requests.get(message.requestId);
        if (request === undefined && this.o.adoptOrphanChallenge) {
          probe('client adopts orphan challenge', message.requestId);
          request = { phase: 'submitted', token: '', timer: 0, mutating: true };
          this.requests.set(message.requestId, request);
        }
        if (request === undefined || request.phase !== 'submitted') return;
        request.phase = 'challenged';
        request.token = message.token;
        this.stopTimer(request);
        if (this.o.persistChallenges) {
          this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'ch', r: message.requestId, tok: message.token, op: message.operation }) });
          this.port.sync();
        }
        this.port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
        return;
      }
      case 'answer': {
        const request = this.requests.get(message.requestId);
        if (request === undefined || request.phase === 'done' || request.phase === 'challenged') return;
        this.stopTimer(request);
        request.phase = 'done';
        let rejection = message.rejection;
        let text = message.text;
        if (this.o.truncate && text.length > this.o.truncate) {
          probe('truncated', text);
          text = text.slice(0, this.o.truncate - 1) + '…';
          if (rejection !== null) rejection = { code: rejection.code, text };
        }
        this.port.display({ kind: 'outcome', requestId: message.requestId, outcome: message.outcome, source: message.source, rejection, text });
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
    const request = this.requests.get(name);
    if (this.o.retryObserve && request !== undefined && request.phase === 'submitted' && request.observe && !request.retried) {
      probe('client retries observe', name);
      request.retried = true;
      this.port.send(this.config.controlPlane, { kind: 'observe', requestId: name });
      request.timer = this.startTimer(name);
      return;
    }
    if (request === undefined || request.phase === 'done') return;
    request.timer = 0;
    const wasSubmitted = request.phase === 'submitted' && request.mutating;
    request.phase = 'done';
    if (this.o.unconfirmedTimeoutNotExecuted && wasSubmitted) {
      probe('unconfirmed timeout told not-executed', name);
      this.port.display({ kind: 'outcome', requestId: name, outcome: 'not-executed', source: 'no-response', rejection: null,
        text: 'no response before confirmation — not executed (never confirmed)' });
      return;
    }
    this.port.display({ kind: 'outcome', requestId: name, outcome: 'unknown', source: 'no-response', rejection: null, text: NO_RESPONSE });
  }

  startTimer(requestId) { return this.port.setTimer(this.config.responseTimeoutMs, requestId); }
  stopTimer(request) {
    if (request.timer === 0) return;
    this.port.cancelTimer(request.timer);
    request.timer = 0;
  }
}
