// @ts-nocheck
// Red team 31: a configurable copy of src/control-plane.ts. Each flag is one deviation.
import { validate as refValidate } from '../../src/validation.ts';

export const CHALLENGE_EXPIRED = 'challenge expired — outcome unknown';
export const KERNEL_TIMEOUT = 'no reply from the kernel — outcome unknown';
import { appendFileSync } from 'node:fs';
const probe = (...a) => { if (process.env.RT31_PROBE) appendFileSync(process.env.RT31_PROBE, '[RT31] ' + a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' ') + '\n'); };

export class CP {
  challenges = new Map();
  seen = new Set();
  seenOrder = [];
  dispatched = new Set();
  dispatchedOrder = [];
  expired = new Set();
  waiting = new Map();
  timers = new Map();
  unresolved = new Set();
  dispatchTime = new Map();
  decisionCache = new Map();
  reading = null; // coalesced read: requestId of the outstanding read
  deadlines = new Map(); // sweeper
  sweeper = 0;
  pendingOps = new Map(); // content dedupe: key -> requestId
  opKey = new Map();
  tokenPrefix = null;
  tokenCounter = 0;

  constructor(port, config, o = {}) {
    this.port = port;
    this.config = config;
    this.o = o;
    this.validate = o.validate ?? refValidate;
  }

  onStart() {
    const records = this.port.records();
    const intents = new Map();
    for (const record of records) {
      if (record.kind === 'INTENT') {
        const d = JSON.parse(record.data);
        if (d.t === 'dispatch') intents.set(d.r, true);
        if (d.t === 'done' && this.o.intentDone) intents.delete(d.r);
        continue;
      }
      if (record.kind !== 'AUDIT') continue;
      if (record.outcome === 'unknown') this.unresolved.add(record.requestId);
      else this.unresolved.delete(record.requestId);
      if (!this.o.restartAuditsAllIntents && (record.failure === 'outcome-resolved' || record.failure === 'kernel-timeout')) intents.delete(record.requestId);
    }
    if (this.o.intentWal || this.o.restartAuditsAllIntents) {
      // honest: a dispatch in flight at the crash is audited as unknown (never guessed)
      for (const r of intents.keys()) {
        probe('intentWal restart audit', r, this.answeredBefore?.has(r) ? 'ANSWERED-BEFORE' : '');
        this.audit('outcome-resolved', r, 'unknown');
      }
    }
    if (this.o.restartAuditsInflightNotExecuted) {
      for (const r of intents.keys()) { probe('restart guesses not-executed', r); this.audit('outcome-resolved', r, 'not-executed'); }
    }
    if (this.o.restartFenceUnresolved) {
      for (const r of [...this.unresolved]) {
        probe('restart fences', r);
        this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: r });
      }
    }
  }

  onMessage(from, message) {
    if (from === this.config.kernel) this.onKernel(message);
    else this.onClient(from, message);
  }

  onTimer(name) {
    if (this.o.sweeperTimer && name === '__sweep') { this.sweep(); return; }
    if (name.startsWith('__ttl:')) {
      const token = name.slice(6);
      const ch = this.challenges.get(token);
      if (ch !== undefined) { this.challenges.delete(token); (this.ttlExpired ??= new Set()).add(ch.requestId); probe('challenge ttl expired', ch.requestId); }
      return;
    }
    if (name.startsWith('__read:')) { this.readTimeout(name.slice(7)); return; }
    if (this.o.singleTimer && name === '__next') { this.nextTimer = 0; this.expireDue(); return; }
    if (!this.timers.has(name)) return;
    this.timers.delete(name);
    this.timedOut(name);
  }

  timedOut(name) {
    if (this.o.serialize) {
      const q = this.queue.find((x) => x.requestId === name);
      if (q) q.timedOut = true;
      this.release(name);
    }
    if (this.o.autoFenceOnTimeout && this.dispatched.has(name) && !this.autoFenced?.has(name)) {
      (this.autoFenced ??= new Set()).add(name);
      probe('auto fence', name);
      this.audit('kernel-timeout', name, 'unknown');
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: name });
      this.startKernelTimer(name);
      return;
    }
    const t = this.o.auditTimeFromDispatch && this.dispatchTime.has(name) ? this.dispatchTime.get(name) : undefined;
    if (t !== undefined) probe('audit time from dispatch', name, t, this.port.now());
    this.audit('kernel-timeout', name, 'unknown', t);
    this.answer(name, 'unknown', 'timeout', null, KERNEL_TIMEOUT);
  }

  markSeen(id) {
    this.seen.add(id);
    if (this.o.boundedSeen) {
      this.seenOrder.push(id);
      if (this.seenOrder.length > this.o.boundedSeen) { const old = this.seenOrder.shift(); this.seen.delete(old); }
    }
  }
  markDispatched(id) {
    this.dispatched.add(id);
    if (this.o.boundedSeen) {
      this.dispatchedOrder.push(id);
      if (this.dispatchedOrder.length > this.o.boundedSeen) { const old = this.dispatchedOrder.shift(); this.dispatched.delete(old); probe('evict', old); }
    }
  }

  newToken() {
    if (this.o.prefixTokens) {
      if (this.tokenPrefix === null) this.tokenPrefix = this.port.drawId();
      this.tokenCounter += 1;
      return `${this.tokenPrefix}.${this.tokenCounter}`;
    }
    return this.port.drawId();
  }

  onClient(client, message) {
    switch (message.kind) {
      case 'submit': {
        if (this.o.invalidNotSeen) {
          const problem0 = this.validate(message.operation);
          if (problem0 !== null) {
            if (this.seen.has(message.requestId)) probe('invalid duplicate re-answered', message.requestId);
            this.audit('invalid-request', message.requestId, 'not-executed');
            this.port.send(client, answer(message.requestId, 'not-executed', 'validation', problem0, problem0.text));
            return;
          }
        }
        if (this.seen.has(message.requestId)) {
          if (this.o.dupSubmitNotExecuted) probe('dup submit audited not-executed', message.requestId, this.dispatched.has(message.requestId) ? 'DISPATCHED' : '');
          this.audit('duplicate-request', message.requestId, this.o.dupSubmitNotExecuted ? 'not-executed' : 'unknown');
          return;
        }
        if (this.o.contentDedupe) {
          const key = JSON.stringify(message.operation);
          const other = this.pendingOps.get(key);
          if (other !== undefined && other !== message.requestId) {
            probe('content dedupe swallows', message.requestId, 'as dup of', other);
            this.markSeen(message.requestId);
            this.audit('duplicate-request', message.requestId, 'not-executed');
            return;
          }
        }
        this.markSeen(message.requestId);
        const problem = this.validate(message.operation);
        if (problem !== null) {
          this.audit('invalid-request', message.requestId, 'not-executed');
          this.port.send(client, answer(message.requestId, 'not-executed', 'validation', problem, problem.text));
          return;
        }
        const token = this.newToken();
        this.challenges.set(token, { requestId: message.requestId, operation: message.operation });
        if (this.o.contentDedupe) {
          const key = JSON.stringify(message.operation);
          this.pendingOps.set(key, message.requestId);
          this.opKey.set(message.requestId, key);
        }
        this.port.send(client, { kind: 'challenge', requestId: message.requestId, token, operation: message.operation });
        if (this.o.challengeTtl) this.port.setTimer(this.o.challengeTtl, '__ttl:' + token);
        return;
      }
      case 'confirm': {
        const challenge = this.challenges.get(message.token);
        if (challenge === undefined || challenge.requestId !== message.requestId) {
          if (this.dispatched.has(message.requestId) || this.expired.has(message.requestId)) {
            if (this.o.dupConfirmNotExecuted) probe('dup confirm audited not-executed', message.requestId);
            this.audit('duplicate-request', message.requestId, this.o.dupConfirmNotExecuted ? 'not-executed' : 'unknown');
            return;
          }
          this.expired.add(message.requestId);
          this.audit('challenge-expired', message.requestId, 'unknown');
          if (this.o.silentExpired) { probe('silent expired', message.requestId); return; }
          if (this.o.challengeTtl && this.ttlExpired?.has(message.requestId)) probe('confirm after ttl', message.requestId);
          this.port.send(client, answer(message.requestId, 'unknown', 'challenge-expired', null, CHALLENGE_EXPIRED));
          return;
        }
        this.challenges.delete(message.token);
        this.markDispatched(message.requestId);
        this.wait(message.requestId, client);
        if (this.o.intentWal || this.o.restartAuditsInflightNotExecuted || this.o.restartAuditsAllIntents) {
          this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'dispatch', r: message.requestId }) });
          this.port.sync();
        }
        if (this.o.serialize) {
          const keys = objectKeys(challenge.operation);
          if (keys.some((k) => this.busy.has(k))) {
            probe('queued behind same object', message.requestId, keys);
            this.queue.push({ requestId: message.requestId, operation: challenge.operation, keys });
            if (this.o.serialize === 'late') this.startKernelTimer(message.requestId);
            return;
          }
          this.sendDispatch(message.requestId, challenge.operation, keys);
          return;
        }
        this.dispatchTime.set(message.requestId, this.port.now());
        this.port.send(this.config.kernel, { kind: 'dispatch', requestId: message.requestId, operation: challenge.operation });
        this.startKernelTimer(message.requestId);
        return;
      }
      case 'abandon': {
        const challenge = this.challenges.get(message.token);
        if (challenge === undefined || challenge.requestId !== message.requestId) {
          if (this.o.abandonAuditsAnyway && this.seen.has(message.requestId)) {
            probe('abandon audited without live challenge', message.requestId, 'dispatched=', this.dispatched.has(message.requestId));
            this.audit('abandoned', message.requestId, 'not-executed');
          }
          return;
        }
        this.challenges.delete(message.token);
        this.releaseOp(message.requestId);
        this.audit('abandoned', message.requestId, 'not-executed');
        return;
      }
      case 'observe':
        if (this.o.coalesceReads && this.reading !== null && this.reading !== message.requestId) {
          probe('coalesce read', message.requestId, 'onto', this.reading);
          (this.coalesced ??= new Map());
          const list = this.coalesced.get(this.reading) ?? [];
          list.push([message.requestId, client]);
          this.coalesced.set(this.reading, list);
          return;
        }
        this.wait(message.requestId, client);
        if (this.o.coalesceReads) this.reading = message.requestId;
        this.port.send(this.config.kernel, { kind: 'read', requestId: message.requestId });
        if (this.o.retryRead || this.o.staleReadFallback) {
          (this.reads ??= new Map()).set(message.requestId, this.port.setTimer(this.config.kernelTimeoutMs, '__read:' + message.requestId));
        }
        return;
      case 'outcome-query':
        if (this.o.decisionCache && this.decisionCache.has(message.requestId)) {
          const first = this.decisionCache.get(message.requestId);
          probe('answer from decision cache', message.requestId);
          this.wait(message.requestId, client);
          this.report(message.requestId, first, 'kernel-decision', null);
          return;
        }
        if (this.o.joinInflight && this.timers.has(message.requestId) && this.dispatched.has(message.requestId)) {
          probe('join inflight', message.requestId);
          this.wait(message.requestId, client);
          return;
        }
        this.wait(message.requestId, client);
        this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: message.requestId });
        this.startKernelTimer(message.requestId);
        return;
    }
  }

  readTimeout(requestId) {
    if (!this.reads?.has(requestId)) return;
    this.reads.delete(requestId);
    if (this.o.retryRead && !(this.retried ??= new Set()).has(requestId)) {
      this.retried.add(requestId);
      probe('retry read', requestId);
      this.port.send(this.config.kernel, { kind: 'read', requestId });
      this.reads.set(requestId, this.port.setTimer(this.config.kernelTimeoutMs, '__read:' + requestId));
      return;
    }
    if (this.o.staleReadFallback && this.lastState && !this.changedSince) {
      probe('stale read fallback', requestId);
      for (const c of this.takeWaiting(requestId)) this.port.send(c, { kind: 'observed', requestId, state: this.lastState });
    }
  }

  busy = new Map(); // object key -> requestId holding it
  holding = new Map(); // requestId -> keys
  queue = [];
  sendDispatch(requestId, operation, keys) {
    for (const k of keys) this.busy.set(k, requestId);
    this.holding.set(requestId, keys);
    this.port.send(this.config.kernel, { kind: 'dispatch', requestId, operation });
    if (this.o.serialize === 'late' && this.timers.has(requestId)) return; // timer runs since the confirm
    this.startKernelTimer(requestId);
  }
  release(requestId) {
    if (!this.o.serialize) return;
    const keys = this.holding.get(requestId);
    if (keys === undefined) return;
    this.holding.delete(requestId);
    for (const k of keys) if (this.busy.get(k) === requestId) this.busy.delete(k);
    for (let i = 0; i < this.queue.length; i++) {
      const q = this.queue[i];
      if (q.keys.some((k) => this.busy.has(k))) continue;
      this.queue.splice(i, 1); i--;
      if (this.o.serialize === 'late' && q.timedOut) probe('dispatch after timeout answered', q.requestId);
      this.sendDispatch(q.requestId, q.operation, q.keys);
    }
  }

  releaseOp(requestId) {
    this.release(requestId);
    if (!this.o.contentDedupe) return;
    const key = this.opKey.get(requestId);
    if (key !== undefined && this.pendingOps.get(key) === requestId) this.pendingOps.delete(key);
  }

  onKernel(reply) {
    const requestId = reply.requestId;
    switch (reply.kind) {
      case 'state': {
        if (this.reads?.has(requestId)) { this.port.cancelTimer(this.reads.get(requestId)); this.reads.delete(requestId); }
        if (this.o.staleReadFallback) { this.lastState = reply.state; this.changedSince = false; }
        const clients = this.takeWaiting(requestId);
        for (const client of clients) this.port.send(client, { kind: 'observed', requestId, state: reply.state });
        if (this.o.coalesceReads) {
          if (this.reading === requestId) this.reading = null;
          const list = this.coalesced?.get(requestId) ?? [];
          this.coalesced?.delete(requestId);
          for (const [r, c] of list) this.port.send(c, { kind: 'observed', requestId: r, state: reply.state });
        }
        return;
      }
      case 'decision':
        if (reply.decision.kind === 'EXEC') this.changedSince = true;
        this.releaseOp(requestId);
        this.report(requestId, reply.decision, 'kernel-decision', reply.decision.kind === 'REJECT' ? 'kernel-rejection' : null);
        return;
      case 'duplicate':
        this.releaseOp(requestId);
        this.report(requestId, reply.first, 'kernel-duplicate', 'duplicate-request');
        return;
      case 'query-answer':
        this.releaseOp(requestId);
        this.report(requestId, reply.first, 'kernel-query', 'outcome-resolved');
        return;
    }
  }

  markDone(requestId) {
    if (!(this.o.intentWal || this.o.restartAuditsAllIntents)) return;
    if (!this.dispatched.has(requestId)) return;
    if (this.o.intentDone) {
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'done', r: requestId }) });
      this.port.sync();
    }
  }

  report(requestId, first, source, failure) {
    this.markDone(requestId);
    if (this.o.keepTimerOnRejectDecision && source === 'kernel-decision' && first.kind === 'REJECT') { probe('timer left running', requestId); }
    else
    if (source !== 'kernel-decision' || failure !== null || this.timers.has(requestId)) this.stopKernelTimer(requestId);
    else this.stopKernelTimer(requestId);
    if (this.o.decisionCache && first.kind !== 'FENCE') this.decisionCache.set(requestId, first);
    if (this.o.decisionCache && first.kind === 'FENCE') this.decisionCache.set(requestId, first);
    const outcome = first.kind === 'EXEC' ? 'executed' : 'not-executed';
    const resolves = this.o.resolvesOnlyUnresolved
      ? this.unresolved.has(requestId)
      : this.unresolved.has(requestId) || !this.dispatched.has(requestId);
    if (failure === 'outcome-resolved' && !resolves) failure = null;
    if (failure === null && resolves) failure = 'outcome-resolved';
    if (this.o.resolvesOnlyUnresolved && failure === null && !this.dispatched.has(requestId)) probe('no audit for foreign decision', requestId);
    let auditOutcome = outcome;
    if (this.o.dupAuditNotExecuted && failure === 'duplicate-request' && outcome === 'executed') {
      probe('dup audited not-executed', requestId);
      auditOutcome = 'not-executed';
    }
    const hasWaiting = (this.waiting.get(requestId) ?? []).length > 0;
    if (this.o.lateResolveAuditOnlyIfWaiting && failure === 'outcome-resolved' && !hasWaiting && source !== 'kernel-query') {
      probe('late resolve not audited', requestId);
      failure = null;
    }
    let rejection = first.kind === 'REJECT' ? first.rejection : null;
    let text = rejection !== null ? rejection.text : outcome === 'executed' ? 'executed' : 'not executed';
    if (this.o.queryDropsRejection && source === 'kernel-query' && rejection !== null) {
      if (hasWaiting) probe('query drops rejection', requestId);
      rejection = null;
      text = 'not executed';
    }
    if (this.o.dupDropsRejection && source === 'kernel-duplicate' && rejection !== null) {
      if (hasWaiting) probe('dup drops rejection', requestId);
      rejection = null;
      text = 'not executed';
    }
    if (this.o.answerBeforeAudit && failure === 'kernel-rejection') {
      this.answer(requestId, outcome, source, rejection, text);
      this.audit(failure, requestId, auditOutcome);
      return;
    }
    if (this.o.lazySync && failure !== null) {
      this.port.append({ kind: 'AUDIT', failure, timeMs: this.port.now(), requestId, outcome: auditOutcome });
      if (outcome === 'unknown') this.unresolved.add(requestId); else this.unresolved.delete(requestId);
      this.answer(requestId, outcome, source, rejection, text);
      this.port.sync();
      return;
    }
    if (this.o.rejectionAuditUnknown && failure === 'kernel-rejection') { probe('rejection audited unknown', requestId); auditOutcome = 'unknown'; }
    if (failure !== null) this.audit(failure, requestId, auditOutcome);
    this.answer(requestId, outcome, source, rejection, text);
  }

  answer(requestId, outcome, source, rejection, text) {
    for (const client of this.takeWaiting(requestId)) {
      this.port.send(client, answer(requestId, outcome, source, rejection, text));
    }
  }

  audit(failure, requestId, outcome, timeMs) {
    const record = { kind: 'AUDIT', failure, timeMs: timeMs ?? this.port.now(), requestId, outcome };
    this.port.append(record);
    this.port.sync();
    if (outcome === 'unknown') this.unresolved.add(requestId);
    else this.unresolved.delete(requestId);
  }

  wait(requestId, client) {
    const clients = this.waiting.get(requestId);
    if (this.o.waitLatestOnly) {
      if (clients !== undefined && !clients.includes(client)) probe('waiter replaced', requestId);
      this.waiting.set(requestId, [client]);
      return;
    }
    if (clients === undefined) this.waiting.set(requestId, [client]);
    else if (!clients.includes(client)) clients.push(client);
  }

  takeWaiting(requestId) {
    const clients = this.waiting.get(requestId);
    if (clients === undefined) return [];
    this.waiting.delete(requestId);
    return clients;
  }

  expireDue() {
    const now = this.port.now();
    probe('expireDue now=', now, [...this.deadlines]);
    for (const [r, d] of [...this.deadlines]) {
      if (d <= now + 1e-9 && this.deadlines.has(r)) { this.deadlines.delete(r); this.timers.delete(r); this.timedOut(r); }
    }
    this.armNext();
  }
  armNext() {
    if (this.nextTimer) { this.port.cancelTimer(this.nextTimer); this.nextTimer = 0; }
    if (this.deadlines.size === 0) return;
    let min = Infinity; for (const d of this.deadlines.values()) min = Math.min(min, d);
    probe('armNext now=', this.port.now(), 'min=', min, 'delay=', Math.max(0, min - this.port.now()));
    const delay = Math.max(0, Math.round((min - this.port.now()) * 1e6) / 1e6);
    this.nextTimer = this.port.setTimer(delay, '__next');
  }

  startKernelTimer(requestId) {
    if (this.o.singleTimer) {
      this.deadlines.set(requestId, this.port.now() + this.config.kernelTimeoutMs);
      this.timers.set(requestId, -1);
      this.armNext();
      return;
    }
    if (this.o.sweeperTimer) {
      this.deadlines.set(requestId, this.port.now() + this.config.kernelTimeoutMs);
      this.timers.set(requestId, -1);
      if (this.sweeper === 0) this.sweeper = this.port.setTimer(this.o.sweeperTimer, '__sweep');
      return;
    }
    this.stopKernelTimer(requestId);
    this.timers.set(requestId, this.port.setTimer(this.config.kernelTimeoutMs, requestId));
  }

  stopKernelTimer(requestId) {
    if (this.o.singleTimer) {
      if (!this.deadlines.has(requestId)) { this.timers.delete(requestId); return; }
      this.timers.delete(requestId); this.deadlines.delete(requestId); this.armNext();
      return;
    }
    if (this.o.sweeperTimer) {
      this.timers.delete(requestId);
      this.deadlines.delete(requestId);
      return;
    }
    const timer = this.timers.get(requestId);
    if (timer === undefined) return;
    this.timers.delete(requestId);
    this.port.cancelTimer(timer);
  }

  sweep() {
    this.sweeper = 0;
    const now = this.port.now();
    for (const [r, d] of [...this.deadlines]) {
      if (d <= now && this.deadlines.has(r)) {
        this.deadlines.delete(r);
        this.timers.delete(r);
        this.timedOut(r);
      }
    }
    if (this.deadlines.size > 0 && this.sweeper === 0) this.sweeper = this.port.setTimer(this.o.sweeperTimer, '__sweep');
  }
}

function objectKeys(op) {
  switch (op.kind) {
    case 'create-collection': case 'drop-collection': return ['c:' + op.name];
    case 'rename-collection': return ['c:' + op.from, 'c:' + op.to];
    case 'create-index': case 'drop-index': return ['c:' + op.collection];
    case 'set-config': return ['k:' + op.key];
    case 'create-snapshot': return ['s:' + op.name];
  }
  return [];
}

export function answer(requestId, outcome, source, rejection, text) {
  return { kind: 'answer', requestId, outcome, source, rejection, text };
}
